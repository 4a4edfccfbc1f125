package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.upstream.UpstreamValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Anthropic {@code GET {base}/models?limit=N&after_id=ID}: {@code {data:[{id, display_name, created_at}],
 * has_more, last_id}}; the next page starts after {@code last_id} while {@code has_more} is true.
 */
public final class AnthropicListParser implements ModelListParser {

    @Override
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        JsonNode items = ModelListParser.array(body, "data", "anthropic");
        List<DiscoveredModel> models = new ArrayList<>(items.size());
        ModelListParser.readEach(items, models, values, "anthropic", item -> {
            String id = ModelListParser.requiredId(item, "id", values);
            List<String> capabilities = List.of("chat");
            List<String> input = List.of("text", "image");
            List<String> output = List.of("text");
            return new DiscoveredModel(id, ModelListParser.name(item, "display_name", id, values), null, null,
                    capabilities, input, output, null, null, null,
                    CategoryGuess.of(id, null, capabilities, input, output));
        });
        boolean hasMore = body.path("has_more").asBoolean(false);
        String lastId = JsonFields.text(body, "last_id");
        if (hasMore && lastId == null && !models.isEmpty()) {
            lastId = models.get(models.size() - 1).modelId();
        }
        return new ModelPage(models, hasMore ? lastId : null);
    }
}
