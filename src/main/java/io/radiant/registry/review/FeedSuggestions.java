package io.radiant.registry.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about a discovered model before anyone approves it, each value with its source: the provider's
 * own list first ({@code provider_list}), then the public feeds in their precedence (LiteLLM, models.dev,
 * OpenRouter). The category guessed from the id ({@code id_guess}, discovery's {@code suggestedCategory}) is
 * taken only when no list or feed states one. Approving a {@code new_model} item without corrections creates
 * the model from these values.
 */
final class FeedSuggestions {

    static final String PROVIDER_LIST = "provider_list";
    static final String ID_GUESS = "id_guess";
    private static final List<String> FEEDS = List.of("litellm", "models.dev", "openrouter");

    /** Suggested field (API name) → the models column a feed entry keys it by, and the discovered member. */
    private static final Map<String, String[]> FIELDS = fields();

    private FeedSuggestions() { }

    private static Map<String, String[]> fields() {
        Map<String, String[]> f = new LinkedHashMap<>();
        f.put("displayName", new String[] {"display_name", "displayName"});
        f.put("category", new String[] {"category", null});
        f.put("capabilities", new String[] {"capabilities", "capabilities"});
        f.put("inputModalities", new String[] {"input_modalities", "inputModalities"});
        f.put("outputModalities", new String[] {"output_modalities", "outputModalities"});
        f.put("contextWindow", new String[] {"context_window", "contextWindow"});
        f.put("maxOutput", new String[] {"max_output", "maxOutput"});
        f.put("inputCostPer1k", new String[] {"input_cost_per_1k", "inputCostPer1k"});
        f.put("outputCostPer1k", new String[] {"output_cost_per_1k", "outputCostPer1k"});
        // provider lists state no deprecation (announcement) date: OpenAI's and Mistral's dates are retirements
        f.put("deprecationDate", new String[] {"deprecation_date", null});
        f.put("retirementDate", new String[] {"retirement_date", "retirementDate"});
        f.put("successorModelId", new String[] {"successor_model_id", "successorModelId"});
        return f;
    }

    /**
     * @param discovered what the provider's list said ({@code DiscoveredModel.toDiscovered})
     * @param feeds      source → normalised feed entry ({@code feed_models.entry}), possibly empty
     * @return field → {@code {source, value}}, only for fields somebody states
     */
    static Map<String, Map<String, Object>> of(JsonNode discovered, JsonNode feeds) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        FIELDS.forEach((field, keys) -> {
            JsonNode value = stated(discovered, keys[1]);
            String source = PROVIDER_LIST;
            for (int i = 0; value == null && i < FEEDS.size(); i++) {
                value = stated(feeds == null ? null : feeds.get(FEEDS.get(i)), keys[0]);
                source = FEEDS.get(i);
            }
            if (value == null && "category".equals(field)) {
                value = stated(discovered, "suggestedCategory");
                source = ID_GUESS;
            }
            if (value != null) {
                Map<String, Object> suggestion = new LinkedHashMap<>();
                suggestion.put("source", source);
                suggestion.put("value", value);
                if (ID_GUESS.equals(source)) {
                    suggestion.put("note", "guessed from the model id and list type: no list or feed states a category");
                }
                out.put(field, suggestion);
            }
        });
        return out;
    }

    private static JsonNode stated(JsonNode node, String key) {
        if (node == null || key == null) {
            return null;
        }
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || (v.isArray() && v.isEmpty()) || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        return v;
    }
}
