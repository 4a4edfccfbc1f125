package io.radiant.registry.upstream;

/**
 * Upstream text made safe for a log line, the sync's details or an error message: control characters (and
 * the invisible characters that reorder or break a line) are written as escapes, so a provider cannot forge a
 * log line, hide text in the console or ring a terminal, and the text is cut to a length with an ellipsis.
 */
public final class UpstreamText {

    private static final String ELLIPSIS = "…";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private UpstreamText() { }

    /**
     * {@code text} with every control character escaped ({@code \n}, {@code \r}, {@code \t}, else
     * {@code \}{@code uXXXX}) and at most {@code maxLength} characters long (cut with an ellipsis);
     * {@code null} stays {@code null}. Only the first {@code maxLength} characters are ever looked at.
     */
    public static String escape(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
        }
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength) + 8);
        for (int i = 0; i < text.length(); i++) {
            String piece = escaped(text.charAt(i));
            if (out.length() + piece.length() > maxLength - (i + 1 < text.length() ? 1 : 0)) {
                out.append(ELLIPSIS);
                return out.toString();
            }
            out.append(piece);
        }
        return out.toString();
    }

    /** True when {@link #escape} would change the character. */
    public static boolean needsEscape(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'                 // line and paragraph separators
                || (c >= '\u202a' && c <= '\u202e')               // bidirectional embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')               // bidirectional isolates
                || c == '\u200e' || c == '\u200f' || c == '\u061c' // direction marks
                || c == '\ufeff';                                  // byte order mark / zero-width no-break
    }

    private static String escaped(char c) {
        if (!needsEscape(c)) {
            return String.valueOf(c);
        }
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> "\\u" + HEX[(c >> 12) & 0xf] + HEX[(c >> 8) & 0xf] + HEX[(c >> 4) & 0xf] + HEX[c & 0xf];
        };
    }
}
