package io.radiant.registry.system;

/**
 * Text bound for a log line, an error column or an error message is kept short, and the reader sees
 * where it was cut.
 */
public final class Texts {

    static final String ELLIPSIS = "…";

    private Texts() {
    }

    /**
     * {@code text} itself when it has at most {@code maxLength} characters, else its first
     * {@code maxLength - 1} characters and an ellipsis: never longer than {@code maxLength}.
     */
    public static String shorten(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
        }
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        return text.substring(0, maxLength - 1) + ELLIPSIS;
    }
}
