package io.radiant.registry.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenRouter's {@code GET /api/v1/models}: {@code {data:[{id: "vendor/model", name, context_length,
 * architecture{input_modalities,output_modalities}, pricing{prompt,completion} (strings, USD per token),
 * top_provider{max_completion_tokens}, supported_parameters[], expiration_date}]}}.
 * Each entry describes our {@code openrouter} model of that id and, for a vendor we know, the vendor's own
 * model ({@code openai/gpt-4o} → openai {@code gpt-4o}); variants ({@code …:free}) only the former.
 */
public final class OpenRouterModels {

    public static final String SOURCE = "openrouter";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private OpenRouterModels() { }

    public static FeedReading parse(String body) {
        JsonNode root = FeedJson.read(body, "the OpenRouter model list");
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("the OpenRouter model list has no 'data' array");
        }
        List<FeedEntry> entries = new ArrayList<>();
        int read = 0;
        for (JsonNode model : data) {
            String id = FeedJson.text(model, "id");
            if (id == null) {
                continue;
            }
            read++;
            entries.add(entry(model, id, "openrouter", id));
            int slash = id.indexOf('/');
            String vendor = slash > 0 ? FeedProviders.ours(id.substring(0, slash)) : null;
            if (vendor != null && !"openrouter".equals(vendor) && id.indexOf(':') < 0) {
                entries.add(entry(model, id, vendor, id.substring(slash + 1)));
            }
        }
        return new FeedReading(SOURCE, read, entries);
    }

    private static FeedEntry entry(JsonNode model, String feedId, String provider, String modelId) {
        JsonNode architecture = model.path("architecture");
        List<String> input = FeedJson.strings(architecture, "input_modalities");
        List<String> output = FeedJson.strings(architecture, "output_modalities");
        List<String> parameters = FeedJson.strings(model, "supported_parameters");
        List<String> capabilities = new ArrayList<>();
        if (output.contains("text")) {
            capabilities.add("chat");
        }
        if (parameters.contains("tools")) {
            capabilities.add("function_calling");
        }
        if (parameters.contains("reasoning")) {
            capabilities.add("reasoning");
        }
        if (parameters.contains("structured_outputs") || parameters.contains("response_format")) {
            capabilities.add("json_mode");
        }
        if (input.contains("image")) {
            capabilities.add("vision");
        }
        JsonNode pricing = model.path("pricing");
        String name = FeedJson.text(model, "name");
        if (name != null && !"openrouter".equals(provider) && name.indexOf(": ") > 0) {
            name = name.substring(name.indexOf(": ") + 2); // "OpenAI: GPT-4o" is the vendor's "GPT-4o"
        }
        return new FeedEntry(SOURCE, feedId, provider, modelId, name,
                FeedJson.times(FeedJson.decimal(pricing, "prompt"), THOUSAND),
                FeedJson.times(FeedJson.decimal(pricing, "completion"), THOUSAND),
                FeedJson.integer(model, "context_length"),
                FeedJson.integer(model.path("top_provider"), "max_completion_tokens"),
                input, output, capabilities, ModelsDevCatalog.category(input, output, capabilities),
                null, FeedJson.date(model, "expiration_date"), null);
    }
}
