package io.radiant.registry.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.upstream.UpstreamJson;
import io.radiant.registry.upstream.UpstreamParseProperties;
import io.radiant.registry.upstream.UpstreamValues;
import io.radiant.registry.upstream.UpstreamValues.PriceUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenRouter's {@code GET /api/v1/models}: {@code {data:[{id: "vendor/model", name, context_length,
 * architecture{input_modalities,output_modalities}, pricing{prompt,completion} (strings, USD per token),
 * top_provider{max_completion_tokens}, supported_parameters[], expiration_date}]}}.
 * Each entry describes our {@code openrouter} model of that id and, for a vendor we know, the vendor's own
 * model ({@code openai/gpt-4o} → openai {@code gpt-4o}); variants ({@code …:free}) only the former. Values are
 * read within {@code registry.upstream.parse.*}: one garbled entry or value is refused and counted.
 */
public final class OpenRouterModels {

    public static final String SOURCE = "openrouter";

    private OpenRouterModels() { }

    /** @throws FeedFormatException when the body is no JSON object with a 'data' array within the parsing limits */
    public static FeedReading parse(String body, UpstreamParseProperties limits) {
        JsonNode root = FeedJson.read(body, "the OpenRouter model list", new UpstreamJson(limits));
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new FeedFormatException("the OpenRouter model list has no 'data' array");
        }
        UpstreamValues values = UpstreamValues.reading(limits);
        List<FeedEntry> entries = new ArrayList<>();
        int read = 0;
        for (JsonNode model : data) {
            if (!model.isObject() || !model.path("id").isTextual() || model.path("id").textValue().isBlank()) {
                continue;
            }
            String id = model.path("id").textValue();
            read++;
            FeedJson.add(entries, values, id, () -> entry(model, id, "openrouter", id, values));
            int slash = id.indexOf('/');
            String vendor = slash > 0 && id.length() <= UpstreamValues.FEED_MODEL_ID_COLUMN
                    ? FeedProviders.ours(id.substring(0, slash)) : null;
            if (vendor != null && !"openrouter".equals(vendor) && id.indexOf(':') < 0) {
                // the same values once more, under the vendor's id: counted once, under the OpenRouter entry
                FeedJson.add(entries, values, id, () -> entry(model, id, vendor, id.substring(slash + 1),
                        UpstreamValues.reading(limits)));
            }
        }
        return new FeedReading(SOURCE, read, entries, values.refusals());
    }

    private static FeedEntry entry(JsonNode model, String feedId, String provider, String modelId,
                                   UpstreamValues values) {
        FeedJson in = FeedJson.entry(values, feedId);
        in.id(modelId, UpstreamValues.FEED_MODEL_ID_COLUMN);
        JsonNode architecture = model.path("architecture");
        List<String> input = in.strings(architecture, "input_modalities");
        List<String> output = in.strings(architecture, "output_modalities");
        List<String> parameters = in.strings(model, "supported_parameters");
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
        String name = in.name(model, "name");
        if (name != null && !"openrouter".equals(provider) && name.indexOf(": ") > 0) {
            name = name.substring(name.indexOf(": ") + 2); // "OpenAI: GPT-4o" is the vendor's "GPT-4o"
        }
        return new FeedEntry(SOURCE, feedId, provider, modelId, name,
                in.price(pricing, "prompt", PriceUnit.PER_TOKEN),
                in.price(pricing, "completion", PriceUnit.PER_TOKEN),
                in.integer(model, "context_length"),
                in.integer(model.path("top_provider"), "max_completion_tokens"),
                input, output, capabilities, ModelsDevCatalog.category(input, output, capabilities),
                null, in.date(model, "expiration_date"), null);
    }
}
