package io.radiant.registry.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.radiant.registry.system.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The review queue's admin API, called by name from {@code routes/review-queue.yaml}: request checks,
 * the parameters of the decision statements, and the answers. A new model is approved with what discovery
 * found plus the reviewer's corrections (the body); a held deprecation or price move is approved as proposed.
 */
@Component("reviewQueue")
public class ReviewQueue {

    static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");
    static final Set<String> KINDS = Set.of("new_model", "deprecation", "price_change");
    static final Set<String> CATEGORIES = Set.of("llm", "vision_llm", "reasoning", "embedding", "image_generation",
            "video_generation", "audio_generation", "text_to_speech", "speech_to_text", "search", "3d_generation",
            "moderation");
    static final Set<String> PRICING_TYPES = Set.of("per_token", "per_character", "per_request", "per_second",
            "per_image", "per_minute");
    static final Set<String> DECISION_FIELDS = Set.of("note", "decidedBy");
    static final Set<String> MODEL_FIELDS = Set.of("note", "decidedBy", "litellmId", "name", "displayName",
            "description", "category", "capabilities", "inputModalities", "outputModalities", "contextWindow",
            "maxOutput", "pricingType", "inputCostPer1k", "outputCostPer1k", "costPerRequest", "costPerSecond",
            "costPerImage", "costPerMinute", "markupRate", "enabled");
    private static final int MAX_TEXT = 255;
    private static final int MAX_NOTE = 1000;
    private static final int MAX_ITEMS = 50;
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Named parameters of {@code sql/review-list.sql}. */
    public Map<String, Object> listParameters(String status, String kind, String providerId, String limit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", oneOf("status", status == null || status.isBlank() ? "pending" : status, STATUSES));
        p.put("kind", kind == null || kind.isBlank() ? null : oneOf("kind", kind, KINDS));
        p.put("providerId", providerId == null || providerId.isBlank() ? null : text("providerId", providerId, 50));
        int max = 100;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ReviewRequestException.invalid("limit", "Query parameter 'limit' must be an integer from 1 to 500.");
            }
            if (max < 1 || max > 500) {
                throw ReviewRequestException.invalid("limit", "Query parameter 'limit' must be an integer from 1 to 500.");
            }
        }
        p.put("limit", max);
        return p;
    }

    /** The list answer: {@code {total, items}}. */
    public Map<String, Object> list(List<Map<String, Object>> rows) {
        List<Map<String, Object>> items = new ArrayList<>(rows.size());
        rows.forEach(r -> items.add(item(r)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", items.size());
        body.put("items", items);
        return body;
    }

    /** Named parameters of {@code sql/review-get.sql}; the id must be a UUID. */
    public Map<String, Object> idParameter(String reviewId) {
        if (reviewId == null) {
            throw ReviewRequestException.invalid("reviewId", "The review id is missing.");
        }
        try {
            UUID.fromString(reviewId.trim());
        } catch (IllegalArgumentException e) {
            throw ReviewRequestException.invalid("reviewId", "The review id must be a UUID.");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reviewId", reviewId.trim());
        return p;
    }

    /** The entry, or 404; it also names the statement that approves an entry of its kind. */
    public Map<String, Object> found(Map<String, Object> row, String reviewId) {
        if (row == null || row.isEmpty()) {
            throw new ReviewRequestException(404, "not_found", null, "No review queue entry " + idText(reviewId) + ".");
        }
        Map<String, Object> entry = new LinkedHashMap<>(row);
        entry.put("approval_statement", "sql/review-approve-" + String.valueOf(row.get("kind")).replace('_', '-') + ".sql");
        return entry;
    }

    public Map<String, Object> item(Map<String, Object> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("reviewId", row.get("review_id"));
        item.put("providerId", row.get("provider_id"));
        item.put("modelId", row.get("model_id"));
        item.put("kind", row.get("kind"));
        item.put("status", row.get("status"));
        item.put("discovered", parse((String) row.get("discovered")));
        item.put("reason", row.get("reason"));
        item.put("syncId", row.get("sync_id"));
        item.put("firstSeenAt", String.valueOf(row.get("first_seen_at")));
        item.put("lastSeenAt", String.valueOf(row.get("last_seen_at")));
        item.put("decidedAt", row.get("decided_at") == null ? null : String.valueOf(row.get("decided_at")));
        item.put("decidedBy", row.get("decided_by"));
        item.put("decisionNote", row.get("decision_note"));
        return item;
    }

    /**
     * Named parameters of the approval statement of the entry's kind ({@code sql/review-approve-<kind>.sql}).
     * For a new model: what discovery found, corrected by the body; the category must be known by then.
     */
    public Map<String, Object> approval(Map<String, Object> row, String body) {
        pending(row);
        String kind = (String) row.get("kind");
        ObjectNode request = object(body, "new_model".equals(kind) ? MODEL_FIELDS : DECISION_FIELDS);
        Map<String, Object> p = decision(row, request);
        p.put("kind", kind);
        if (!"new_model".equals(kind)) {
            return p;
        }
        if (Boolean.TRUE.equals(row.get("in_catalog"))) {
            throw new ReviewRequestException(409, "already_in_catalog", null, "The catalog already has model "
                    + row.get("model_id") + " of " + row.get("provider_id") + "; reject this entry instead.");
        }
        JsonNode found = tree((String) row.get("discovered"));
        String providerId = (String) row.get("provider_id");
        String modelId = (String) row.get("model_id");
        p.put("litellmId", textOr(request, "litellmId", MAX_TEXT, defaultLitellmId(providerId, modelId)));
        p.put("name", textOr(request, "name", MAX_TEXT, modelId));
        p.put("displayName", textOr(request, "displayName", MAX_TEXT, textOr(found, "displayName", MAX_TEXT, modelId)));
        p.put("description", textOr(request, "description", 2000, null));
        String category = request.hasNonNull("category") ? oneOf("category", request.get("category"), CATEGORIES)
                : found.hasNonNull("suggestedCategory") ? found.get("suggestedCategory").asText() : null;
        if (category == null || !CATEGORIES.contains(category)) {
            throw ReviewRequestException.invalid("category", "Field 'category' is required (nothing was suggested): one of "
                    + String.join(", ", new java.util.TreeSet<>(CATEGORIES)) + ".");
        }
        p.put("category", category);
        p.put("capabilities", json(listOr(request, "capabilities", strings(found.get("capabilities")))));
        p.put("inputModalities", json(listOr(request, "inputModalities", strings(found.get("inputModalities")))));
        p.put("outputModalities", json(listOr(request, "outputModalities", strings(found.get("outputModalities")))));
        p.put("contextWindow", positiveOr(request, "contextWindow", found.hasNonNull("contextWindow") ? found.get("contextWindow").asInt() : null));
        p.put("maxOutput", positiveOr(request, "maxOutput", found.hasNonNull("maxOutput") ? found.get("maxOutput").asInt() : null));
        p.put("pricingType", request.hasNonNull("pricingType") ? oneOf("pricingType", request.get("pricingType"), PRICING_TYPES) : "per_token");
        p.put("inputCostPer1k", priceOr(request, "inputCostPer1k", decimal(found.get("inputCostPer1k"))));
        p.put("outputCostPer1k", priceOr(request, "outputCostPer1k", decimal(found.get("outputCostPer1k"))));
        p.put("costPerRequest", priceOr(request, "costPerRequest", null));
        p.put("costPerSecond", priceOr(request, "costPerSecond", null));
        p.put("costPerImage", priceOr(request, "costPerImage", null));
        p.put("costPerMinute", priceOr(request, "costPerMinute", null));
        BigDecimal markup = priceOr(request, "markupRate", new BigDecimal("0.40"));
        if (markup.compareTo(BigDecimal.TEN) > 0) {
            throw ReviewRequestException.invalid("markupRate", "Field 'markupRate' is a fraction (0.40 = 40%) of at most 10.");
        }
        p.put("markupRate", markup);
        p.put("enabled", booleanOr(request, "enabled", true));
        return p;
    }

    /** Named parameters of {@code sql/review-reject.sql}. */
    public Map<String, Object> rejection(Map<String, Object> row, String body) {
        pending(row);
        return decision(row, object(body, DECISION_FIELDS));
    }

    /** The approval answer, or 409 when the entry was decided in the meantime. */
    public Map<String, Object> approved(Map<String, Object> row, List<Map<String, Object>> result) {
        if (result == null || result.isEmpty()) {
            throw decidedMeanwhile(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewId", row.get("review_id"));
        body.put("kind", row.get("kind"));
        body.put("status", "approved");
        Map<String, Object> model = new LinkedHashMap<>();
        result.get(0).forEach((k, v) -> model.put(camel(k), v instanceof BigDecimal || v instanceof Number || v instanceof Boolean
                || v == null ? v : String.valueOf(v)));
        body.put("model", model);
        return body;
    }

    public Map<String, Object> rejected(Map<String, Object> row, List<Map<String, Object>> result) {
        if (result == null || result.isEmpty()) {
            throw decidedMeanwhile(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewId", row.get("review_id"));
        body.put("kind", row.get("kind"));
        body.put("status", "rejected");
        if ("new_model".equals(row.get("kind"))) {
            body.put("message", "Rejected: discovery will not queue " + row.get("model_id") + " of " + row.get("provider_id") + " again.");
        }
        return body;
    }

    /** Status of an error answer: the refusal's (found in the cause chain: Camel wraps bean exceptions). */
    public int errorStatus(Throwable failure) {
        ReviewRequestException refused = refusal(failure);
        return refused == null ? 500 : refused.status();
    }

    public Map<String, Object> errorBody(Throwable failure) {
        ReviewRequestException refused = refusal(failure);
        if (refused != null) {
            return refused.body();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "internal_error");
        body.put("message", "The request could not be completed; the incident is logged.");
        return body;
    }

    private static ReviewRequestException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReviewRequestException r) {
                return r;
            }
        }
        return null;
    }

    static String defaultLitellmId(String providerId, String modelId) {
        return switch (providerId) {
            case "openai", "anthropic" -> modelId;
            case "google" -> "gemini/" + modelId;
            case "mistral" -> "mistral/" + modelId;
            default -> providerId + "/" + modelId;
        };
    }

    private static void pending(Map<String, Object> row) {
        if (!"pending".equals(row.get("status"))) {
            throw new ReviewRequestException(409, "already_decided", null,
                    "Review entry " + row.get("review_id") + " is already " + row.get("status") + ".");
        }
    }

    private static ReviewRequestException decidedMeanwhile(Map<String, Object> row) {
        return new ReviewRequestException(409, "already_decided", null,
                "Review entry " + row.get("review_id") + " was decided by another request, or its model reached the catalog meanwhile.");
    }

    private static Map<String, Object> decision(Map<String, Object> row, ObjectNode request) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reviewId", row.get("review_id"));
        p.put("note", textOr(request, "note", MAX_NOTE, null));
        p.put("decidedBy", textOr(request, "decidedBy", 100, "admin"));
        return p;
    }

    private static ObjectNode object(String body, Set<String> allowed) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ReviewRequestException.invalid(null, "The request body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ReviewRequestException.invalid(null, "The request body must be a JSON object.");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String shown = Texts.shorten(name, 61);
                throw ReviewRequestException.invalid(shown, "Unknown field '" + shown + "'; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
            }
        }
        return (ObjectNode) node;
    }

    private static String oneOf(String field, JsonNode value, Set<String> allowed) {
        if (!value.isTextual()) {
            throw ReviewRequestException.invalid(field, "Field '" + field + "' must be one of: "
                    + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
        }
        return oneOf(field, value.asText(), allowed);
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw ReviewRequestException.invalid(field, "'" + field + "' must be one of: "
                    + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
        }
        return v;
    }

    private static String text(String field, String value, int max) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw ReviewRequestException.invalid(field, "'" + field + "' must be a non-empty text of at most " + max + " characters.");
        }
        return v;
    }

    private static String textOr(JsonNode node, String field, int max, String fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw ReviewRequestException.invalid(field, "Field '" + field + "' must be a string.");
        }
        return text(field, v.asText(), max);
    }

    private static List<String> listOr(JsonNode node, String field, List<String> fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray() || v.size() > MAX_ITEMS) {
            throw ReviewRequestException.invalid(field, "Field '" + field + "' must be an array of at most " + MAX_ITEMS + " strings.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > 100) {
                throw ReviewRequestException.invalid(field, "Field '" + field + "' must hold non-empty strings of at most 100 characters.");
            }
            out.add(item.asText().trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Integer positiveOr(JsonNode node, String field, Integer fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback == null || fallback <= 0 ? null : fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() <= 0) {
            throw ReviewRequestException.invalid(field, "Field '" + field + "' must be a positive integer.");
        }
        return v.intValue();
    }

    private static BigDecimal priceOr(JsonNode node, String field, BigDecimal fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || v.decimalValue().signum() < 0 || v.decimalValue().compareTo(new BigDecimal("1000000")) >= 0) {
            throw ReviewRequestException.invalid(field, "Field '" + field + "' must be a number from 0 to 999999.");
        }
        return v.decimalValue();
    }

    private static boolean booleanOr(JsonNode node, String field, boolean fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw ReviewRequestException.invalid(field, "Field '" + field + "' must be true or false.");
        }
        return v.booleanValue();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }

    private static JsonNode tree(String json) {
        try {
            JsonNode node = json == null ? null : JSON.readTree(json);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static Object parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String idText(String reviewId) {
        return reviewId == null ? "" : Texts.shorten(reviewId, 41);
    }
}
