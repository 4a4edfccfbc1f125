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
 * Reads a feed in the shape of LiteLLM's {@code model_prices_and_context_window.json}: an object keyed by model
 * id (sometimes provider-prefixed, {@code gemini/gemini-1.5-pro}) whose entries give prices in USD per token,
 * {@code max_input_tokens}/{@code max_output_tokens}, {@code mode}, {@code litellm_provider}, {@code supports_*}
 * flags and sometimes {@code deprecation_date}. The documentation entry {@code sample_spec} is not a model.
 * Values are read within {@code registry.upstream.parse.*} ({@link UpstreamValues}): one garbled entry or value
 * is refused and counted, the rest of the map is read.
 */
public final class LiteLlmCostMap {

    public static final String SOURCE = "litellm";

    private LiteLlmCostMap() { }

    /** @throws FeedFormatException when the body is no JSON object within the parsing limits */
    public static FeedReading parse(String body, UpstreamParseProperties limits) {
        JsonNode root = FeedJson.read(body, "the LiteLLM cost map", new UpstreamJson(limits));
        if (!root.isObject()) {
            throw new FeedFormatException("the LiteLLM cost map is not a JSON object keyed by model id");
        }
        UpstreamValues values = UpstreamValues.reading(limits);
        List<FeedEntry> entries = new ArrayList<>();
        int read = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if ("sample_spec".equals(field.getKey()) || !field.getValue().isObject()) {
                continue;
            }
            read++;
            FeedJson.add(entries, values, field.getKey(), () -> entry(field.getKey(), field.getValue(), values));
        }
        return new FeedReading(SOURCE, read, entries, values.refusals());
    }

    private static FeedEntry entry(String key, JsonNode spec, UpstreamValues values) {
        FeedJson in = FeedJson.entry(values, key);
        // the key is matched against models.litellm_id and stored in feed_models.model_id
        in.id(key, UpstreamValues.FEED_MODEL_ID_COLUMN);
        String feedProvider = in.text(spec, "litellm_provider");
        String provider = FeedProviders.ours(feedProvider);
        String prefix = key.indexOf('/') > 0 ? key.substring(0, key.indexOf('/')) : null;
        if (provider == null && prefix != null) {
            provider = FeedProviders.ours(prefix);
        }
        String mode = in.text(spec, "mode");
        List<String> capabilities = new ArrayList<>();
        List<String> input = new ArrayList<>();
        List<String> output = new ArrayList<>();
        if ("chat".equals(mode) || "responses".equals(mode)) {
            capabilities.add("chat");
            input.add("text");
            output.add("text");
        }
        flag(spec, "supports_function_calling", "function_calling", capabilities);
        flag(spec, "supports_vision", "vision", capabilities);
        flag(spec, "supports_reasoning", "reasoning", capabilities);
        flag(spec, "supports_response_schema", "json_mode", capabilities);
        flag(spec, "supports_web_search", "web_search", capabilities);
        if (spec.path("supports_vision").asBoolean(false)) {
            input.add("image");
        }
        if (spec.path("supports_audio_input").asBoolean(false)) {
            input.add("audio");
        }
        if (spec.path("supports_pdf_input").asBoolean(false)) {
            input.add("pdf");
        }
        if (spec.path("supports_audio_output").asBoolean(false)) {
            output.add("audio");
        }
        Integer context = in.integer(spec, "max_input_tokens");
        return new FeedEntry(SOURCE, key, provider, FeedProviders.withoutProviderPrefix(key), null,
                in.price(spec, "input_cost_per_token", PriceUnit.PER_TOKEN),
                in.price(spec, "output_cost_per_token", PriceUnit.PER_TOKEN),
                context, in.integer(spec, "max_output_tokens"), input, output, capabilities,
                category(mode, capabilities), in.date(spec, "deprecation_date"), null, null);
    }

    private static void flag(JsonNode spec, String field, String capability, List<String> capabilities) {
        if (spec.path(field).asBoolean(false)) {
            capabilities.add(capability);
        }
    }

    /** The catalog category LiteLLM's {@code mode} states (none for modes without one, e.g. realtime). */
    static String category(String mode, List<String> capabilities) {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case "chat", "responses", "completion" -> capabilities.contains("reasoning") ? "reasoning"
                    : capabilities.contains("vision") ? "vision_llm" : "llm";
            case "embedding" -> "embedding";
            case "image_generation" -> "image_generation";
            case "audio_transcription" -> "speech_to_text";
            case "audio_speech" -> "text_to_speech";
            case "moderation" -> "moderation";
            case "rerank" -> "search";
            case "video_generation" -> "video_generation";
            default -> null;
        };
    }
}
