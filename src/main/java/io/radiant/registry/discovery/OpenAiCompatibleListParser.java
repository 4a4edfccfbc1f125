package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.upstream.UpstreamValues;
import io.radiant.registry.upstream.UpstreamValues.PriceUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET {base}/models} of OpenAI and the many providers that copy it: {@code {object:"list", data:[…]}}
 * without paging. Tolerates the known variations: no {@code created} (DeepSeek); Mistral's
 * {@code max_context_length}, {@code capabilities{}}, {@code deprecation} and {@code deprecation_replacement_model};
 * OpenAI's {@code shutdown_date} (lifecycle fields: {@link ListedLifecycle}); Together's bare array with
 * {@code context_length}, {@code display_name} and {@code pricing{input,output}} in USD per million tokens;
 * OpenRouter's {@code name}, {@code architecture} modalities, {@code top_provider.max_completion_tokens} and
 * {@code pricing{prompt,completion}} as strings in USD per token and {@code expiration_date}.
 */
public final class OpenAiCompatibleListParser implements ModelListParser {

    @Override
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        JsonNode items = body != null && body.isArray() ? body : ModelListParser.array(body, "data", "openai-compatible");
        List<DiscoveredModel> models = new ArrayList<>(items.size());
        ModelListParser.readEach(items, models, values, "openai-compatible", item -> model(item, values));
        return new ModelPage(models, null);
    }

    private static DiscoveredModel model(JsonNode item, UpstreamValues values) {
        String id = ModelListParser.requiredId(item, "id", values);
        String displayName = firstText(item, id, values, "display_name", "name");
        if (id.equals(displayName)) {
            displayName = null; // Mistral repeats the id as "name": that is no display name
        }
        displayName = values.name(displayName, UpstreamValues.NAME_COLUMN, id, "name");
        Integer contextWindow = firstInt(item, id, values, "context_length", "max_context_length", "context_window");
        JsonNode topProvider = item.get("top_provider");
        Integer maxOutput = topProvider == null ? null : values.tokenCount(topProvider, "max_completion_tokens", id);
        if (maxOutput == null) {
            maxOutput = values.tokenCount(item, "max_output_tokens", id);
        }

        List<String> capabilities = new ArrayList<>();
        Set<String> input = new LinkedHashSet<>();
        Set<String> output = new LinkedHashSet<>();
        JsonNode caps = item.get("capabilities");
        if (caps != null && caps.isObject()) {
            if (caps.path("completion_chat").asBoolean(false)) {
                capabilities.add("chat");
            }
            if (caps.path("completion_fim").asBoolean(false)) {
                capabilities.add("code_completion");
            }
            if (caps.path("function_calling").asBoolean(false)) {
                capabilities.add("function_calling");
            }
            if (caps.path("vision").asBoolean(false)) {
                capabilities.add("vision");
                input.add("image");
            }
        }
        JsonNode architecture = item.get("architecture");
        if (architecture != null) {
            input.addAll(values.list(architecture, "input_modalities", id));
            output.addAll(values.list(architecture, "output_modalities", id));
        }
        String type = JsonFields.text(item, "type");
        if ("chat".equals(type) && !capabilities.contains("chat")) {
            capabilities.add("chat");
        }
        if ("embedding".equals(type)) {
            capabilities.add("embedding");
        }

        BigDecimal inputPer1k = null;
        BigDecimal outputPer1k = null;
        JsonNode pricing = item.get("pricing");
        if (pricing != null && pricing.isObject()) {
            if (pricing.has("prompt") || pricing.has("completion")) {
                // OpenRouter: USD per token
                inputPer1k = stripped(values.price(pricing, "prompt", PriceUnit.PER_TOKEN, id));
                outputPer1k = stripped(values.price(pricing, "completion", PriceUnit.PER_TOKEN, id));
            } else {
                // Together: USD per million tokens
                inputPer1k = stripped(values.price(pricing, "input", PriceUnit.PER_MILLION, id));
                outputPer1k = stripped(values.price(pricing, "output", PriceUnit.PER_MILLION, id));
            }
        }
        List<String> in = List.copyOf(input);
        List<String> out = List.copyOf(output);
        return new DiscoveredModel(id, displayName, contextWindow, maxOutput, capabilities, in, out,
                inputPer1k, outputPer1k, ListedLifecycle.of(item, id, values.limits()),
                CategoryGuess.of(id, type, capabilities, in, out));
    }

    private static String firstText(JsonNode item, String id, UpstreamValues values, String... fields) {
        for (String f : fields) {
            String v = values.text(item, f, id);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Integer firstInt(JsonNode item, String id, UpstreamValues values, String... fields) {
        for (String f : fields) {
            Integer v = values.tokenCount(item, f, id);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Bounded already ({@link UpstreamValues#price}): stripping zeros costs little. */
    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
