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
            PriceComponents prices = components(model.path("pricing"));
            entries.add(entry(model, id, "openrouter", id).withComponents(prices));
            int slash = id.indexOf('/');
            String vendor = slash > 0 ? FeedProviders.ours(id.substring(0, slash)) : null;
            if (vendor != null && !"openrouter".equals(vendor) && id.indexOf(':') < 0) {
                entries.add(entry(model, id, vendor, id.substring(slash + 1)).withComponents(prices));
            }
        }
        return new FeedReading(SOURCE, read, entries);
    }

    /**
     * The price components of {@code pricing} (strings, USD per token): {@code input_cache_read},
     * {@code input_cache_write}, {@code internal_reasoning}. OpenRouter states no batch prices or tiers.
     */
    static PriceComponents components(JsonNode pricing) {
        // "0" for internal_reasoning means reasoning is not billed apart (it is billed as output), not free
        BigDecimal reasoning = perToken(pricing, "internal_reasoning");
        return new PriceComponents(perToken(pricing, "input_cache_read"), perToken(pricing, "input_cache_write"),
                null, reasoning != null && reasoning.signum() == 0 ? null : reasoning, null, null, List.of());
    }

    private static BigDecimal perToken(JsonNode pricing, String field) {
        return FeedJson.times(FeedJson.decimal(pricing, field), THOUSAND);
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
        if (input.contains("file")) {
            capabilities.add("pdf_input");
        }
        if (input.contains("audio")) {
            capabilities.add("audio_input");
        }
        if (parameters.contains("web_search_options")) {
            capabilities.add("web_search");
        }
        if (FeedJson.decimal(model.path("pricing"), "input_cache_read") != null) {
            capabilities.add("prompt_caching");
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
