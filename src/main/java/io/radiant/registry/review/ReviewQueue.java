package io.radiant.registry.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.radiant.registry.admin.RowJson;
import io.radiant.registry.api.ApiErrors;
import io.radiant.registry.api.ApiException;
import io.radiant.registry.api.ApiContract;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.api.JsonRequestBody;
import io.radiant.registry.api.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.postgresql.util.PGobject;
import org.springframework.stereotype.Component;

/**
 * The review queue's admin API, called by name from {@code routes/review-queue.camel.yaml}: the checked query and
 * path parameters, the parameters of the decision statements, and the answers. Requests are read and refused with the API layer's
 * types ({@code api/}: one exception hierarchy, one error route, {@link RowJson} for rows). A new model is
 * approved with what is known about it (its provider's list, then the feeds: {@link FeedSuggestions}) plus
 * the reviewer's corrections; every other kind is approved as proposed.
 */
@Component("reviewQueue")
public class ReviewQueue {

    static final Set<String> STATUSES = ApiContract.get().values("ReviewStatus");
    static final Set<String> KINDS = ApiContract.get().values("ReviewKind");
    /** Kinds whose one item covers a set of models of its provider (model id {@code *}), decided as one. */
    static final Set<String> SET_KINDS = Set.of("held_changes", "mass_discovery");
    static final Set<String> MASS_DISCOVERY_FIELDS = new TreeSet<>(Set.of("note", "decidedBy", "category", "enabled"));
    static final Set<String> CATEGORIES = new TreeSet<>(Set.of("llm", "vision_llm", "reasoning", "embedding",
            "image_generation", "video_generation", "audio_generation", "text_to_speech", "speech_to_text", "search",
            "3d_generation", "moderation"));
    static final Set<String> PRICING_TYPES = new TreeSet<>(Set.of("per_token", "per_character", "per_request",
            "per_second", "per_image", "per_minute"));
    static final Set<String> DECISION_FIELDS = new TreeSet<>(ApiContract.get().fields("ReviewDecisionRequest"));
    static final Set<String> MODEL_FIELDS = new TreeSet<>(ApiContract.get().fields("ReviewApproval"));
    private static final int MAX_TEXT = 255;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RowJson ROWS = new RowJson(JSON);

    /**
     * The entries GET /admin/registry/review asks for, from its query parameters: a status (pending when absent),
     * a kind and a provider (null: any), at most {@code limit} (100 when absent). sql/review-list.sql reads it
     * from the variable reviewFilter.
     */
    public ReviewFilter reviewFilter(String status, String kind, String providerId, String limit) {
        String state = oneOf("status", status == null || status.isBlank() ? "pending" : status, STATUSES);
        String only = kind == null || kind.isBlank() ? null : oneOf("kind", kind, KINDS);
        String provider = providerId == null ? null : providerId.trim();
        if (provider != null && provider.length() > 50) {
            throw new InvalidRequestException("providerId", "Query parameter 'providerId' is at most 50 characters.");
        }
        int max = 100;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = 0;
            }
            if (max < 1 || max > 500) {
                throw new InvalidRequestException("limit", "Query parameter 'limit' must be an integer from 1 to 500.");
            }
        }
        return new ReviewFilter(state, only, provider == null || provider.isEmpty() ? null : provider, max);
    }

    /** Which entries a list shows; a null kind or provider does not filter. */
    public record ReviewFilter(String status, String kind, String providerId, int limit) { }

    /** The list answer: {@code {total, items}}. */
    public Map<String, Object> list(List<Map<String, Object>> rows) {
        List<Map<String, Object>> items = new ArrayList<>(rows.size());
        rows.forEach(r -> items.add(item(r)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", items.size());
        body.put("items", items);
        return body;
    }

    /** The entry the reviewId path parameter names, which must be a UUID (else 400). */
    public UUID reviewId(String reviewId) {
        try {
            return UUID.fromString(reviewId == null ? "" : reviewId.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("reviewId", "The review id must be a UUID.");
        }
    }

    /** The entry, or 404. */
    public Map<String, Object> found(Map<String, Object> row, String reviewId) {
        if (row == null || row.isEmpty()) {
            throw new NotFoundException("not_found", "No review queue entry " + ApiErrors.printable(reviewId, 40) + ".");
        }
        return row;
    }

    /**
     * One entry as the API shows it: the row in camelCase with ISO-8601 times; a new model also shows what
     * each feed says about its id ({@code feeds}) and the values approval takes ({@code suggested}).
     */
    public Map<String, Object> item(Map<String, Object> row) {
        Map<String, Object> item = ROWS.of(row);
        item.remove("inCatalog");
        if ("new_model".equals(row.get("kind"))) {
            item.put("suggested", FeedSuggestions.of(node(row.get("discovered")), node(row.get("feeds"))));
        } else {
            item.remove("feeds");
        }
        return item;
    }

    /** Named parameters of the approval statement of the entry's kind ({@code sql/review-approve-<kind>.sql}). */
    public Map<String, Object> approval(Map<String, Object> row, String body, String contentType) {
        pending(row);
        String kind = (String) row.get("kind");
        boolean newModel = "new_model".equals(kind);
        if ("mass_discovery".equals(kind)) {
            // every held id becomes a model as an uncorrected new_model approval would make it; a category given
            // here is taken for all of them
            JsonFields request = fields(body, contentType, MASS_DISCOVERY_FIELDS);
            Map<String, Object> p = decision(row, request);
            p.put("category", request.optionalString("category", CATEGORIES));
            p.put("enabled", request.optionalBoolean("enabled", true));
            return p;
        }
        JsonFields request = fields(body, contentType, newModel ? MODEL_FIELDS : DECISION_FIELDS);
        Map<String, Object> p = decision(row, request);
        if (!newModel) {
            return p;
        }
        if (Boolean.TRUE.equals(row.get("in_catalog"))) {
            throw new ApiException(409, "already_in_catalog", "The catalog already has model " + row.get("model_id")
                    + " of " + row.get("provider_id") + "; reject this entry instead.");
        }
        Map<String, Map<String, Object>> known = FeedSuggestions.of(node(row.get("discovered")), node(row.get("feeds")));
        String providerId = (String) row.get("provider_id");
        String modelId = (String) row.get("model_id");
        p.put("litellmId", or(request.optionalText("litellmId", MAX_TEXT), defaultLitellmId(providerId, modelId)));
        p.put("name", or(request.optionalText("name", MAX_TEXT), modelId));
        p.put("displayName", or(request.optionalText("displayName", MAX_TEXT), or(text(known, "displayName"), modelId)));
        p.put("description", request.optionalText("description", 2000));
        String category = request.optionalString("category", CATEGORIES);
        if (category == null) {
            category = text(known, "category");
        }
        if (category == null || !CATEGORIES.contains(category)) {
            throw new InvalidRequestException("category", "Field 'category' is required (no list or feed states one): "
                    + "one of " + String.join(", ", CATEGORIES) + ".");
        }
        p.put("category", category);
        p.put("capabilities", json(or(request.optionalStringList("capabilities"), strings(known, "capabilities"))));
        p.put("inputModalities", json(or(request.optionalStringList("inputModalities"), strings(known, "inputModalities"))));
        p.put("outputModalities", json(or(request.optionalStringList("outputModalities"), strings(known, "outputModalities"))));
        p.put("contextWindow", or(request.optionalInt("contextWindow", 1, Integer.MAX_VALUE), integer(known, "contextWindow")));
        p.put("maxOutput", or(request.optionalInt("maxOutput", 1, Integer.MAX_VALUE), integer(known, "maxOutput")));
        p.put("pricingType", or(request.optionalString("pricingType", PRICING_TYPES), "per_token"));
        p.put("inputCostPer1k", or(price(request, "inputCostPer1k"), decimal(known, "inputCostPer1k")));
        p.put("outputCostPer1k", or(price(request, "outputCostPer1k"), decimal(known, "outputCostPer1k")));
        p.put("costPerRequest", price(request, "costPerRequest"));
        p.put("costPerSecond", price(request, "costPerSecond"));
        p.put("costPerImage", price(request, "costPerImage"));
        p.put("costPerMinute", price(request, "costPerMinute"));
        BigDecimal markup = or(price(request, "markupRate"), new BigDecimal("0.40"));
        if (markup.compareTo(BigDecimal.TEN) > 0) {
            throw new InvalidRequestException("markupRate", "Field 'markupRate' is a fraction (0.40 = 40%) of at most 10.");
        }
        p.put("markupRate", markup);
        p.put("enabled", request.optionalBoolean("enabled", true));
        return p;
    }

    /** Named parameters of {@code sql/review-reject.sql}. */
    public Map<String, Object> rejection(Map<String, Object> row, String body, String contentType) {
        pending(row);
        return decision(row, fields(body, contentType, DECISION_FIELDS));
    }

    /** The approval answer, or 409 when the entry was decided in the meantime. */
    public Map<String, Object> approved(Map<String, Object> row, List<Map<String, Object>> result) {
        if (result == null || result.isEmpty()) {
            throw decidedMeanwhile(row);
        }
        Map<String, Object> body = decided(row, "approved");
        if (SET_KINDS.contains(String.valueOf(row.get("kind")))) {
            body.put("applied", ROWS.of(result.get(0)));
        } else {
            body.put("model", ROWS.of(result.get(0)));
        }
        return body;
    }

    public Map<String, Object> rejected(Map<String, Object> row, List<Map<String, Object>> result) {
        if (result == null || result.isEmpty()) {
            throw decidedMeanwhile(row);
        }
        Map<String, Object> body = decided(row, "rejected");
        if ("new_model".equals(row.get("kind"))) {
            body.put("message", "Rejected: discovery will not queue " + row.get("model_id") + " of " + row.get("provider_id") + " again.");
        } else if ("mass_discovery".equals(row.get("kind"))) {
            body.put("message", "Rejected: discovery will not hold or queue these ids of " + row.get("provider_id")
                    + " again.");
        } else if ("held_changes".equals(row.get("kind"))) {
            body.put("message", "Rejected: these lifecycle values are discarded and not held again.");
        } else if (row.get("kind").toString().endsWith("_change")) {
            body.put("message", "Rejected: the pricing sync will not propose these values again.");
        }
        return body;
    }

    static String defaultLitellmId(String providerId, String modelId) {
        return switch (providerId) {
            case "openai", "anthropic" -> modelId;
            case "google" -> "gemini/" + modelId;
            case "mistral" -> "mistral/" + modelId;
            default -> providerId + "/" + modelId;
        };
    }

    private static Map<String, Object> decided(Map<String, Object> row, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewId", row.get("review_id"));
        body.put("kind", row.get("kind"));
        body.put("status", status);
        return body;
    }

    private static void pending(Map<String, Object> row) {
        if (!"pending".equals(row.get("status"))) {
            throw new ApiException(409, "already_decided",
                    "Review entry " + row.get("review_id") + " is already " + row.get("status") + ".");
        }
    }

    private static ApiException decidedMeanwhile(Map<String, Object> row) {
        return new ApiException(409, "already_decided", "Review entry " + row.get("review_id")
                + " was decided by another request, or its model reached the catalog meanwhile.");
    }

    private static Map<String, Object> decision(Map<String, Object> row, JsonFields request) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reviewId", row.get("review_id"));
        p.put("note", request.optionalText("note", 1000));
        p.put("decidedBy", or(request.optionalText("decidedBy", 100), "admin"));
        return p;
    }

    private static JsonFields fields(String body, String contentType, Set<String> allowed) {
        // an empty body is a decision without note; the content type only matters when there is a body
        String type = body == null || body.isBlank() ? null : contentType;
        return new JsonFields(JsonRequestBody.object(body, type, true)).onlyFields(allowed);
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        String v = value.trim();
        if (!allowed.contains(v)) {
            throw new InvalidRequestException(field, "Query parameter '" + field + "' must be one of: "
                    + String.join(", ", new TreeSet<>(allowed)) + " (got '" + ApiErrors.printable(v, 40) + "').");
        }
        return v;
    }

    private static BigDecimal price(JsonFields request, String field) {
        BigDecimal v = request.optionalNonNegativeNumber(field);
        if (v != null && v.compareTo(MAX_PRICE) >= 0) {
            throw new InvalidRequestException(field, "Field '" + field + "' must be a number from 0 to 999999.");
        }
        return v;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static JsonNode value(Map<String, Map<String, Object>> known, String field) {
        Map<String, Object> s = known.get(field);
        return s == null ? null : (JsonNode) s.get("value");
    }

    private static String text(Map<String, Map<String, Object>> known, String field) {
        JsonNode v = value(known, field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static Integer integer(Map<String, Map<String, Object>> known, String field) {
        JsonNode v = value(known, field);
        return v == null || !v.canConvertToInt() || v.intValue() <= 0 ? null : v.intValue();
    }

    private static BigDecimal decimal(Map<String, Map<String, Object>> known, String field) {
        JsonNode v = value(known, field);
        return v == null || !v.isNumber() || v.decimalValue().signum() < 0 ? null : v.decimalValue();
    }

    private static List<String> strings(Map<String, Map<String, Object>> known, String field) {
        JsonNode v = value(known, field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** A JSON column as read by camel-sql (PGobject), or a JSON text; anything else is an empty object. */
    private static JsonNode node(Object value) {
        if (value instanceof JsonNode n) {
            return n.isObject() ? n : JSON.createObjectNode();
        }
        String text = value instanceof PGobject pg ? pg.getValue() : value == null ? null : value.toString();
        try {
            JsonNode n = text == null ? null : JSON.readTree(text);
            return n != null && n.isObject() ? n : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
