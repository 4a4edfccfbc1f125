package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
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
    public ModelPage parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ModelListFormatException("google model list is not a JSON object");
        }
        // Google's JSON omits empty repeated fields: an answer without "models" is an empty page
        JsonNode items = body.has("models") ? ModelListParser.array(body, "models", "google") : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        List<DiscoveredModel> models = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            String name = ModelListParser.requiredId(item, "name", "google");
            String id = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
            List<String> methods = JsonFields.strings(item, "supportedGenerationMethods");
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
            models.add(new DiscoveredModel(id, JsonFields.text(item, "displayName"),
                    JsonFields.integer(item, "inputTokenLimit"), JsonFields.integer(item, "outputTokenLimit"),
                    capabilities, input, output, null, null, null,
                    CategoryGuess.of(id, null, capabilities, input, output)));
        }
        return new ModelPage(models, JsonFields.text(body, "nextPageToken"));
    }
}
