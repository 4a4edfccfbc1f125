package io.radiant.registry.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The service's one reader of JSON members, in two manners. An instance gives typed, strict access to the
 * members of a request's JSON object: every mistake is a 400 that names the field (a string where a number
 * is expected, a fraction where an integer is, a value outside the allowed set or range). The static
 * readers are null-tolerant, for what other services answer (provider model lists): a member that is
 * missing or of another type reads as absent. JSON {@code null} counts as absent in both.
 */
public final class JsonFields {

    private static final int MAX_STRING = 100;
    private static final int MAX_ITEMS = 50;
    private static final int MAX_SCALE = 12;

    private final ObjectNode node;

    public JsonFields(ObjectNode node) {
        this.node = node;
    }

    /** Refuses members other than {@code allowed}, so a misspelt option is not silently ignored. */
    public JsonFields onlyFields(Collection<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidRequestException(ApiErrors.printable(name, 60), "Unknown field '"
                        + ApiErrors.printable(name, 60) + "'; the allowed fields are: " + String.join(", ", allowed) + ".");
            }
        }
        return this;
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    public String requiredString(String field, Set<String> allowed) {
        String value = optionalString(field, allowed);
        if (value == null) {
            throw new InvalidRequestException(field, "Field '" + field + "' is required; allowed values: "
                    + String.join(", ", allowed) + ".");
        }
        return value;
    }

    /** A string out of a fixed set (compared as given: the values are lower-case API words). */
    public String optionalString(String field, Set<String> allowed) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || !allowed.contains(value.textValue())) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be one of: "
                    + String.join(", ", allowed) + (value.isTextual()
                            ? " (got '" + ApiErrors.printable(value.textValue(), 60) + "')."
                            : " (got " + JsonRequestBody.describe(value) + ")."));
        }
        return value.textValue();
    }

    /** Free text (a name, a note), trimmed; blank or longer than {@code maxLength} is refused. */
    public String optionalText(String field, int maxLength) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank() || value.textValue().trim().length() > maxLength) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be a non-empty string of at most "
                    + maxLength + " characters (got " + shown(value) + ").");
        }
        return value.textValue().trim();
    }

    public int requiredInt(String field, int min, int max) {
        Integer value = optionalInt(field, min, max);
        if (value == null) {
            throw new InvalidRequestException(field, "Field '" + field + "' is required: an integer from "
                    + min + " to " + max + ".");
        }
        return value;
    }

    public Integer optionalInt(String field, int min, int max) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be an integer from " + min
                    + " to " + max + " (got " + shown(value) + ").");
        }
        return value.intValue();
    }

    /**
     * A decimal number from 0 to {@code max}, kept to at most {@code MAX_SCALE} decimals. An overflowing literal
     * ({@code 1e400}, read as infinity or as a decimal with a huge exponent) is refused like any other value out of
     * range, before any arithmetic.
     */
    public BigDecimal optionalNumberUpTo(String field, BigDecimal max) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        BigDecimal decimal = null;
        if (value.isNumber() && (value.isBigDecimal() || value.isIntegralNumber() || Double.isFinite(value.doubleValue()))) {
            try {
                decimal = value.decimalValue();
            } catch (NumberFormatException | ArithmeticException e) {
                decimal = null;
            }
        }
        if (decimal == null || decimal.signum() < 0 || decimal.compareTo(max) > 0) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be a number from 0 to "
                    + max.toPlainString() + " (got " + shown(value) + ").");
        }
        return decimal.scale() > MAX_SCALE ? decimal.setScale(MAX_SCALE, RoundingMode.DOWN) : decimal;
    }

    /** A non-negative decimal number. */
    public BigDecimal optionalNonNegativeNumber(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be a number greater than or equal to 0"
                    + " (got " + shown(value) + ").");
        }
        return value.decimalValue();
    }

    public boolean optionalBoolean(String field, boolean fallback) {
        JsonNode value = value(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be true or false (got "
                    + shown(value) + ").");
        }
        return value.booleanValue();
    }

    public List<String> requiredStringList(String field) {
        List<String> value = optionalStringList(field);
        if (value == null) {
            throw new InvalidRequestException(field, "Field '" + field + "' is required: an array of strings.");
        }
        return value;
    }

    /** An array of non-blank strings, trimmed and lower-cased (catalog words are lower-case). */
    public List<String> optionalStringList(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be an array of strings (got "
                    + JsonRequestBody.describe(value) + ").");
        }
        if (value.size() > MAX_ITEMS) {
            throw new InvalidRequestException(field, "Field '" + field + "' may hold at most " + MAX_ITEMS + " items.");
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > MAX_STRING) {
                throw new InvalidRequestException(field, "Field '" + field + "' must hold non-empty strings of at most "
                        + MAX_STRING + " characters (got " + shown(item) + ").");
            }
            items.add(item.textValue().trim().toLowerCase(Locale.ROOT));
        }
        return items;
    }

    private static String shown(JsonNode value) {
        if (value.isTextual()) {
            return "the string '" + ApiErrors.printable(value.textValue(), 40) + "'";
        }
        if (value.isNumber() || value.isBoolean()) {
            return ApiErrors.printable(value.asText(), 40);
        }
        return JsonRequestBody.describe(value);
    }

    // ---- null-tolerant readers for answers of other services ----

    /** A scalar member as text; null when missing, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** An int from a JSON number or a numeric string; null when it is neither or does not fit. */
    public static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.canConvertToInt() ? v.intValue() : null;
        }
        if (v.isTextual()) {
            try {
                return Integer.valueOf(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A decimal from a JSON number or a numeric string (OpenRouter sends prices as strings). */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            if (v.isNumber()) {
                return v.decimalValue();
            }
            if (v.isTextual() && !v.asText().isBlank()) {
                return new BigDecimal(v.asText().trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The string items of an array member; empty when there is no such array. */
    public static List<String> strings(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(item -> {
                if (item.isTextual()) {
                    out.add(item.asText());
                }
            });
        }
        return out;
    }
}
