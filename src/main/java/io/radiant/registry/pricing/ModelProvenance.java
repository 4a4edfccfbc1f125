package io.radiant.registry.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.radiant.registry.admin.RowJson;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.NotFoundException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The model detail of the admin API ({@code GET /admin/registry/models/{id}}), called by name from
 * {@code routes/admin-registry-queries.camel.yaml}: the registry row, a source for each catalog value (a value
 * without a recorded source was set by the migrations: {@code curated}), the price history, what each feed
 * last said, and the fields on which feeds disagree by more than {@code registry.pricing.disagreement-tolerance}.
 */
@Component("modelProvenance")
public class ModelProvenance {

    /** Catalog columns whose source the detail shows. */
    static final List<String> FIELDS = List.of("enabled", "deprecated", "display_name", "description", "category",
            "capabilities", "input_modalities", "output_modalities", "context_window", "max_output", "min_tier",
            "pricing_type", "input_cost_per_1k", "output_cost_per_1k", "cost_per_request", "cost_per_second",
            "cost_per_image", "cost_per_minute", "markup_rate", "deprecation_date", "retirement_date",
            "successor_model_id", "cache_read_cost_per_1k", "cache_write_cost_per_1k", "cache_write_1h_cost_per_1k",
            "reasoning_cost_per_1k", "batch_input_cost_per_1k", "batch_output_cost_per_1k", "price_tiers");
    /** Feed values compared for disagreement. */
    static final List<String> COMPARED = List.of("input_cost_per_1k", "output_cost_per_1k", "context_window",
            "max_output", "deprecation_date", "retirement_date", "cache_read_cost_per_1k", "cache_write_cost_per_1k",
            "cache_write_1h_cost_per_1k", "reasoning_cost_per_1k", "batch_input_cost_per_1k", "batch_output_cost_per_1k");
    private final ObjectMapper json;
    private final RowJson rows;

    private final double tolerance;

    public ModelProvenance(PricingProperties properties, ObjectMapper json) {
        this.tolerance = properties.disagreementTolerance();
        this.json = json;
        this.rows = new RowJson(json);
    }

    /** The model the {@code id} path parameter names: its registry id, a UUID (else 400). */
    public UUID modelId(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("id", "The model id must be a UUID (the id of GET /admin/registry/models).");
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> detail(Map<String, Object> row, String id) {
        if (row == null || row.isEmpty() || row.get("registry") == null) {
            throw new NotFoundException("not_found", "No model " + id.trim() + " in the registry.");
        }
        JsonNode registry = tree(row.get("registry"));
        JsonNode catalog = tree(row.get("catalog"));
        JsonNode selfHosted = tree(row.get("self_hosted"));
        JsonNode recorded = tree(row.get("recorded"));
        JsonNode feeds = tree(row.get("feeds"));
        Map<String, Object> body = rows.of((Map<String, Object>) json.convertValue(registry, Map.class));
        JsonNode values = catalog.isObject() ? catalog : selfHosted.isObject() ? selfHosted : registry;
        // the model's own switch (what an operator edits); selection also needs its provider enabled
        body.put("enabled", values.path("enabled").asBoolean(registry.path("enabled").asBoolean()));
        body.put("selectable", registry.path("enabled").asBoolean());
        body.put("version", row.get("version"));
        if (catalog.isObject()) {
            body.put("deprecationDate", catalog.get("deprecation_date"));
            body.put("retirementDate", catalog.get("retirement_date"));
            body.put("successorModelId", catalog.get("successor_model_id"));
            body.put("priceComponents", priceComponents(catalog));
        }
        Map<String, Object> sources = new LinkedHashMap<>();
        for (String field : FIELDS) {
            JsonNode source = recorded.get(field);
            if (source != null) {
                sources.put(field, source);
            } else if (values.has(field) && !values.get(field).isNull()) {
                Map<String, Object> curated = new LinkedHashMap<>();
                curated.put("source", "curated");
                curated.put("value", values.get(field));
                curated.put("observedAt", values.get("created_at"));
                sources.put(field, curated);
            }
        }
        // every other recorded source (a capability a feed added: capability:<name>) as recorded
        recorded.fields().forEachRemaining(e -> sources.putIfAbsent(e.getKey(), e.getValue()));
        body.put("sources", sources);
        body.put("priceHistory", tree(row.get("price_history")));
        body.put("history", tree(row.get("history")));
        body.put("feeds", feeds);
        body.put("disagreements", disagreements(feeds, tolerance));
        return body;
    }

    /** The price components of DESIGN.md §4.5 under their contract names (null: unknown). */
    static Map<String, Object> priceComponents(JsonNode catalog) {
        Map<String, Object> prices = new LinkedHashMap<>();
        prices.put("cacheRead", catalog.get("cache_read_cost_per_1k"));
        prices.put("cacheWrite", catalog.get("cache_write_cost_per_1k"));
        prices.put("cacheWrite1h", catalog.get("cache_write_1h_cost_per_1k"));
        prices.put("reasoning", catalog.get("reasoning_cost_per_1k"));
        prices.put("batchInput", catalog.get("batch_input_cost_per_1k"));
        prices.put("batchOutput", catalog.get("batch_output_cost_per_1k"));
        JsonNode tiers = catalog.get("price_tiers");
        prices.put("tiers", tiers == null || tiers.isNull() ? List.of() : tiers);
        return prices;
    }

    /**
     * Fields on which at least two feeds state values that differ: numbers by more than {@code tolerance} of
     * the larger, dates at all.
     */
    static List<Map<String, Object>> disagreements(JsonNode feeds, double tolerance) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (feeds == null || !feeds.isObject()) {
            return out;
        }
        for (String field : COMPARED) {
            Map<String, JsonNode> said = new LinkedHashMap<>();
            feeds.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue().get(field);
                if (v != null && !v.isNull()) {
                    said.put(e.getKey(), v);
                }
            });
            if (said.size() < 2 || !differ(said.values(), tolerance)) {
                continue;
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("field", field);
            d.put("values", said);
            out.add(d);
        }
        return out;
    }

    private static boolean differ(Iterable<JsonNode> values, double tolerance) {
        BigDecimal min = null;
        BigDecimal max = null;
        String text = null;
        for (JsonNode v : values) {
            if (v.isNumber()) {
                BigDecimal d = v.decimalValue();
                min = min == null || d.compareTo(min) < 0 ? d : min;
                max = max == null || d.compareTo(max) > 0 ? d : max;
            } else if (text == null) {
                text = v.asText();
            } else if (!text.equals(v.asText())) {
                return true;
            }
        }
        if (max == null || max.signum() == 0) {
            return false;
        }
        BigDecimal spread = max.subtract(min).divide(max, MathContext.DECIMAL64);
        return spread.compareTo(BigDecimal.valueOf(tolerance)) > 0;
    }

    private JsonNode tree(Object value) {
        if (value == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return json.readTree(String.valueOf(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable model detail column", e);
        }
    }
}
