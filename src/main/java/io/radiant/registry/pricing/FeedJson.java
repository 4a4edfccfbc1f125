package io.radiant.registry.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Lenient reading of feed fields: a field of the wrong type counts as absent, never as a failure. */
final class FeedJson {

    // decimals kept exact: prices per token have 10+ significant digits after the point
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FeedJson() { }

    static JsonNode read(String body, String what) {
        try {
            JsonNode root = JSON.readTree(body == null ? "" : body);
            if (root == null || root.isMissingNode()) {
                throw new IllegalArgumentException(what + " is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() && v.canConvertToInt() ? v.intValue() : null;
    }

    /** A number, or a numeric string (OpenRouter sends prices as strings). */
    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A {@code yyyy-mm-dd} date (the date part of a timestamp), or {@code null}. */
    static String date(JsonNode node, String field) {
        String v = text(node, field);
        return v != null && v.length() >= 10 && DATE.matcher(v.substring(0, 10)).matches() ? v.substring(0, 10) : null;
    }

    static List<String> strings(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(item -> {
                if (item.isTextual() && !out.contains(item.asText())) {
                    out.add(item.asText());
                }
            });
        }
        return out;
    }

    static BigDecimal times(BigDecimal value, BigDecimal factor) {
        return value == null || value.signum() < 0 ? null : value.multiply(factor);
    }
}
