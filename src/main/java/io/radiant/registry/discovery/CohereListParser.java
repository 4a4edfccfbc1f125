package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.upstream.UpstreamValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Cohere {@code GET {base}/models?page_size=N&page_token=T}: {@code {models:[{name, endpoints[], context_length}],
 * next_page_token}}; the token is absent on the last page.
 */
public final class CohereListParser implements ModelListParser {

    @Override
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        JsonNode items = ModelListParser.array(body, "models", "cohere");
        List<DiscoveredModel> models = new ArrayList<>(items.size());
        ModelListParser.readEach(items, models, values, "cohere", item -> {
            String id = ModelListParser.requiredId(item, "name", values);
            List<String> endpoints = values.list(item, "endpoints", id);
            List<String> capabilities = new ArrayList<>();
            if (endpoints.contains("chat") || endpoints.contains("generate")) {
                capabilities.add("chat");
            }
            if (endpoints.contains("embed")) {
                capabilities.add("embedding");
            }
            if (endpoints.contains("rerank")) {
                capabilities.add("rerank");
            }
            if (item.path("supports_vision").asBoolean(false)) {
                capabilities.add("vision");
            }
            List<String> input = capabilities.contains("vision") ? List.of("text", "image") : List.of("text");
            List<String> output = capabilities.contains("embedding") ? List.of("embedding") : List.of("text");
            return new DiscoveredModel(id, null, values.tokenCount(item, "context_length", id), null,
                    capabilities, input, output, null, null, null,
                    CategoryGuess.of(id, null, capabilities, input, output));
        });
        return new ModelPage(models, JsonFields.text(body, "next_page_token"));
    }
}
