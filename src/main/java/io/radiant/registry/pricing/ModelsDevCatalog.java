package io.radiant.registry.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads models.dev's {@code api.json}: {@code {providerId: {id, name, models: {modelId: {name, tool_call,
 * reasoning, attachment, modalities{input[],output[]}, cost{input,output} (USD per million tokens),
 * limit{context,output}}}}}}. Provider keys are models.dev's ({@code togetherai}, {@code fireworks-ai});
 * providers that are not ours still count as read, and their entries as unmatched.
 */
public final class ModelsDevCatalog {

    public static final String SOURCE = "models.dev";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ModelsDevCatalog() { }

    public static FeedReading parse(String body) {
        JsonNode root = FeedJson.read(body, "the models.dev catalog");
        if (!root.isObject()) {
            throw new IllegalArgumentException("the models.dev catalog is not a JSON object keyed by provider id");
        }
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
                entries.add(entry(provider.getKey(), ours, item.getKey(), item.getValue())
                        .withComponents(components(item.getValue().path("cost"))));
            }
        }
        return new FeedReading(SOURCE, read, entries);
    }

    private static FeedEntry entry(String feedProvider, String provider, String key, JsonNode model) {
        String id = FeedJson.text(model, "id") != null ? FeedJson.text(model, "id") : key;
        List<String> input = FeedJson.strings(model.path("modalities"), "input");
        List<String> output = FeedJson.strings(model.path("modalities"), "output");
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
        if (model.path("structured_output").asBoolean(false)) {
            capabilities.add("json_mode");
        }
        if (input.contains("pdf")) {
            capabilities.add("pdf_input");
        }
        if (input.contains("audio")) {
            capabilities.add("audio_input");
        }
        if (FeedJson.decimal(model.path("cost"), "cache_read") != null) {
            capabilities.add("prompt_caching");
        }
        JsonNode cost = model.path("cost");
        JsonNode limit = model.path("limit");
        return new FeedEntry(SOURCE, feedProvider + "/" + key, provider, id, FeedJson.text(model, "name"),
                perThousand(FeedJson.decimal(cost, "input")), perThousand(FeedJson.decimal(cost, "output")),
                FeedJson.integer(limit, "context"), FeedJson.integer(limit, "output"), input, output, capabilities,
                category(input, output, capabilities), null, null, null);
    }

    /**
     * The price components of {@code cost} (USD per million tokens): {@code cache_read}, {@code cache_write},
     * {@code reasoning}; long-context tiers from {@code context_over_200k {input, output, cache_read}} and
     * {@code tiers [{above | threshold, input, output, cache_read}]}. models.dev states no batch prices.
     */
    static PriceComponents components(JsonNode cost) {
        List<PriceTier> tiers = new ArrayList<>();
        JsonNode over200k = cost.path("context_over_200k");
        if (over200k.isObject()) {
            tiers.add(tier(200_000L, over200k));
        }
        JsonNode listed = cost.path("tiers");
        if (listed.isArray()) {
            for (JsonNode t : listed) {
                Integer above = FeedJson.integer(t, "above") != null ? FeedJson.integer(t, "above")
                        : FeedJson.integer(t, "threshold");
                if (above != null && above > 0) {
                    tiers.add(tier(above, t));
                }
            }
        }
        return new PriceComponents(perThousand(FeedJson.decimal(cost, "cache_read")),
                perThousand(FeedJson.decimal(cost, "cache_write")), null,
                perThousand(FeedJson.decimal(cost, "reasoning")), null, null, tiers);
    }

    private static PriceTier tier(long above, JsonNode rates) {
        return new PriceTier(above, perThousand(FeedJson.decimal(rates, "input")),
                perThousand(FeedJson.decimal(rates, "output")), perThousand(FeedJson.decimal(rates, "cache_read")));
    }

    private static BigDecimal perThousand(BigDecimal perMillion) {
        return perMillion == null || perMillion.signum() < 0 ? null : perMillion.divide(THOUSAND);
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
