package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.upstream.UpstreamValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Google Gemini {@code GET {base}/models?pageSize=N&pageToken=T}: {@code {models:[{name:"models/ID", displayName,
 * inputTokenLimit, outputTokenLimit, supportedGenerationMethods[]}], nextPageToken}}. The id is the name
 * without its {@code models/} prefix; {@code nextPageToken} is absent on the last page.
 */
public final class GoogleListParser implements ModelListParser {

    private static final String PREFIX = "models/";

    @Override
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        if (body == null || !body.isObject()) {
            throw new ModelListFormatException("google model list is not a JSON object");
        }
        // Google's JSON omits empty repeated fields: an answer without "models" is an empty page
        JsonNode items = body.has("models") ? ModelListParser.array(body, "models", "google") : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        List<DiscoveredModel> models = new ArrayList<>(items.size());
        ModelListParser.readEach(items, models, values, "google", item -> {
            String name = ModelListParser.requiredId(item, "name", values);
            String id = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
            List<String> methods = values.list(item, "supportedGenerationMethods", id);
            List<String> capabilities = new ArrayList<>();
            if (methods.contains("generateContent")) {
                capabilities.add("chat");
            }
            if (methods.contains("embedContent")) {
                capabilities.add("embedding");
            }
            if (methods.contains("createCachedContent")) {
                capabilities.add("context_caching");
            }
            List<String> input = capabilities.contains("chat") ? List.of("text", "image", "audio", "video") : List.of("text");
            List<String> output = capabilities.contains("embedding") ? List.of("embedding") : List.of("text");
            return new DiscoveredModel(id, ModelListParser.name(item, "displayName", id, values),
                    values.tokenCount(item, "inputTokenLimit", id), values.tokenCount(item, "outputTokenLimit", id),
                    capabilities, input, output, null, null, null,
                    CategoryGuess.of(id, null, capabilities, input, output));
        });
        return new ModelPage(models, JsonFields.text(body, "nextPageToken"));
    }
}
