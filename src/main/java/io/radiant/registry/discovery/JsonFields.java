package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Null-tolerant readers for optional fields of provider answers. */
final class JsonFields {

    private JsonFields() { }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    static Integer integer(JsonNode node, String field) {
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
    static BigDecimal decimal(JsonNode node, String field) {
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

    static List<String> strings(JsonNode node, String field) {
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

    static JsonNode array(JsonNode body, String field, String kind) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.isArray()) {
            throw new ModelListFormatException(kind + " model list has no '" + field + "' array");
        }
        return v;
    }

    static String requiredId(JsonNode item, String field, String kind) {
        String id = text(item, field);
        if (id == null || id.isBlank()) {
            throw new ModelListFormatException(kind + " model list has an entry without '" + field + "'");
        }
        return id;
    }
}
