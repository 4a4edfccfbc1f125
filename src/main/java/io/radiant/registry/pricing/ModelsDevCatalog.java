package io.radiant.registry.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.upstream.UpstreamJson;
import io.radiant.registry.upstream.UpstreamParseProperties;
import io.radiant.registry.upstream.UpstreamValues;
import io.radiant.registry.upstream.UpstreamValues.PriceUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads models.dev's {@code api.json}: {@code {providerId: {id, name, models: {modelId: {name, tool_call,
 * reasoning, attachment, modalities{input[],output[]}, cost{input,output} (USD per million tokens),
 * limit{context,output}}}}}}. Provider keys are models.dev's ({@code togetherai}, {@code fireworks-ai});
 * providers that are not ours still count as read, and their entries as unmatched. Values are read within
 * {@code registry.upstream.parse.*}: one garbled entry or value is refused and counted, the rest is read.
 */
public final class ModelsDevCatalog {

    public static final String SOURCE = "models.dev";

    private ModelsDevCatalog() { }

    /** @throws FeedFormatException when the body is no JSON object within the parsing limits */
    public static FeedReading parse(String body, UpstreamParseProperties limits) {
        JsonNode root = FeedJson.read(body, "the models.dev catalog", new UpstreamJson(limits));
        if (!root.isObject()) {
            throw new FeedFormatException("the models.dev catalog is not a JSON object keyed by provider id");
        }
        UpstreamValues values = UpstreamValues.reading(limits);
        List<FeedEntry> entries = new ArrayList<>();
        int read = 0;
        Iterator<Map.Entry<String, JsonNode>> providers = root.fields();
        while (providers.hasNext()) {
            Map.Entry<String, JsonNode> provider = providers.next();
            JsonNode models = provider.getValue().path("models");
            if (!models.isObject()) {
                continue;
            }
            String ours = FeedProviders.ours(provider.getKey());
            Iterator<Map.Entry<String, JsonNode>> items = models.fields();
            while (items.hasNext()) {
                Map.Entry<String, JsonNode> item = items.next();
                if (!item.getValue().isObject()) {
                    continue;
                }
                read++;
                FeedJson.add(entries, values, provider.getKey() + "/" + item.getKey(),
                        () -> entry(provider.getKey(), ours, item.getKey(), item.getValue(), values));
            }
        }
        return new FeedReading(SOURCE, read, entries, values.refusals());
    }

    private static FeedEntry entry(String feedProvider, String provider, String key, JsonNode model,
                                   UpstreamValues values) {
        FeedJson in = FeedJson.entry(values, feedProvider + "/" + key);
        String ownId = in.text(model, "id");
        String id = in.id(ownId != null ? ownId : key, UpstreamValues.FEED_MODEL_ID_COLUMN);
        List<String> input = in.strings(model.path("modalities"), "input");
        List<String> output = in.strings(model.path("modalities"), "output");
        List<String> capabilities = new ArrayList<>();
        if (output.contains("text")) {
            capabilities.add("chat");
        }
        if (model.path("tool_call").asBoolean(false)) {
            capabilities.add("function_calling");
        }
        if (model.path("reasoning").asBoolean(false)) {
            capabilities.add("reasoning");
        }
        if (input.contains("image")) {
            capabilities.add("vision");
        }
        JsonNode cost = model.path("cost");
        JsonNode limit = model.path("limit");
        return new FeedEntry(SOURCE, feedProvider + "/" + key, provider, id, in.name(model, "name"),
                in.price(cost, "input", PriceUnit.PER_MILLION), in.price(cost, "output", PriceUnit.PER_MILLION),
                in.integer(limit, "context"), in.integer(limit, "output"), input, output, capabilities,
                category(input, output, capabilities), null, null, null);
    }

    /** A category from what goes in and out; {@code null} when the modalities say nothing. */
    static String category(List<String> input, List<String> output, List<String> capabilities) {
        if (output.contains("image")) {
            return "image_generation";
        }
        if (output.contains("video")) {
            return "video_generation";
        }
        if (output.equals(List.of("audio"))) {
            return "text_to_speech";
        }
        if (!output.contains("text")) {
            return null;
        }
        if (input.equals(List.of("audio"))) {
            return "speech_to_text";
        }
        if (capabilities.contains("reasoning")) {
            return "reasoning";
        }
        return input.contains("image") ? "vision_llm" : "llm";
    }
}
