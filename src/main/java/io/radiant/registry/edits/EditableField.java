package io.radiant.registry.edits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.radiant.registry.api.ApiErrors;
import io.radiant.registry.api.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One field an operator may change over HTTP: its API name (camelCase, as the model detail shows it), the
 * column it is stored in, which models have it, and the rule its value must follow. {@link #check} turns a
 * request's value into the JSON value the edit statement writes (jsonb_populate_record casts it to the
 * column's type), or refuses it with a 400 that names the field.
 */
public record EditableField(String name, String column, Kind kind, Scope scope, boolean nullable,
                            BigDecimal min, BigDecimal max, Set<String> allowed) {

    /** The shapes of value a field takes. */
    public enum Kind {
        /** true or false. */
        BOOLEAN,
        /** a line of text, 1 to {@code max} characters, no control characters. */
        TEXT,
        /** a list of short identifiers (capabilities, modalities, compliance labels). */
        LABELS,
        /** a whole number from {@code min} to {@code max}. */
        INTEGER,
        /** a decimal from {@code min} to {@code max}, at most 8 decimal places (prices, rates). */
        DECIMAL,
        /** a date, yyyy-mm-dd. */
        DATE,
        /** one of {@code allowed}. */
        CHOICE
    }

    /** Which models have the field. */
    public enum Scope { ANY, EXTERNAL, SELF_HOSTED }

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,49}");
    private static final int MAX_LABELS = 50;

    public static EditableField of(String name, String column, Kind kind, Scope scope, boolean nullable) {
        return new EditableField(name, column, kind, scope, nullable, null, null, Set.of());
    }

    public static EditableField text(String name, String column, Scope scope, boolean nullable, int maxLength) {
        return new EditableField(name, column, Kind.TEXT, scope, nullable, BigDecimal.ONE, BigDecimal.valueOf(maxLength), Set.of());
    }

    public static EditableField range(String name, String column, Kind kind, Scope scope, boolean nullable,
                                      String min, String max) {
        return new EditableField(name, column, kind, scope, nullable, new BigDecimal(min), new BigDecimal(max), Set.of());
    }

    public static EditableField choice(String name, String column, Scope scope, Set<String> allowed) {
        return new EditableField(name, column, Kind.CHOICE, scope, false, null, null, new TreeSet<>(allowed));
    }

    public boolean appliesTo(boolean external) {
        return scope == Scope.ANY || (external ? scope == Scope.EXTERNAL : scope == Scope.SELF_HOSTED);
    }

    /** The value as the edit statement writes it, or a 400 naming the field. */
    public JsonNode check(JsonNode value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null || value.isNull()) {
            if (!nullable) {
                throw refused("must not be null");
            }
            return f.nullNode();
        }
        switch (kind) {
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw refused("must be true or false, not " + shown(value));
                }
                return value;
            }
            case TEXT -> {
                if (!value.isTextual()) {
                    throw refused("must be a string, not " + shown(value));
                }
                String text = value.asText().strip();
                if (text.length() < min.intValue() || text.length() > max.intValue()) {
                    throw refused("must be " + min.intValue() + " to " + max.intValue() + " characters long");
                }
                if (text.chars().anyMatch(Character::isISOControl)) {
                    throw refused("must not contain control characters");
                }
                return f.textNode(text);
            }
            case LABELS -> {
                if (!value.isArray()) {
                    throw refused("must be a list of strings, not " + shown(value));
                }
                if (value.size() > MAX_LABELS) {
                    throw refused("has at most " + MAX_LABELS + " entries");
                }
                Set<String> seen = new java.util.LinkedHashSet<>();
                for (JsonNode item : value) {
                    if (!item.isTextual() || !LABEL.matcher(item.asText()).matches()) {
                        throw refused("entries are 1 to 50 letters, digits, '_', '.', ':' or '-', not " + shown(item));
                    }
                    seen.add(item.asText());
                }
                var out = f.arrayNode();
                seen.forEach(out::add);
                return out;
            }
            case INTEGER -> {
                if (!value.isIntegralNumber()) {
                    throw refused("must be a whole number, not " + shown(value));
                }
                BigDecimal n = value.decimalValue();
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    throw refused("must be from " + min.toPlainString() + " to " + max.toPlainString());
                }
                return f.numberNode(n.intValueExact());
            }
            case DECIMAL -> {
                if (!value.isNumber()) {
                    throw refused("must be a number, not " + shown(value));
                }
                BigDecimal n = value.decimalValue();
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    throw refused("must be from " + min.toPlainString() + " to " + max.toPlainString());
                }
                if (n.stripTrailingZeros().scale() > 8) {
                    throw refused("has at most 8 decimal places");
                }
                return f.numberNode(n);
            }
            case DATE -> {
                if (!value.isTextual()) {
                    throw refused("must be a date yyyy-mm-dd, not " + shown(value));
                }
                try {
                    return f.textNode(LocalDate.parse(value.asText()).toString());
                } catch (DateTimeParseException e) {
                    throw refused("must be a date yyyy-mm-dd, not " + shown(value));
                }
            }
            case CHOICE -> {
                if (!value.isTextual() || !allowed.contains(value.asText())) {
                    throw refused("must be one of " + String.join(", ", allowed) + ", not " + shown(value));
                }
                return value;
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    private InvalidRequestException refused(String rule) {
        return new InvalidRequestException(name, "Field '" + name + "' " + rule + ".");
    }

    private static String shown(JsonNode value) {
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + (value.isValueNode() ? " " + value.asText() : "");
        return ApiErrors.printable(text, 60);
    }
}
