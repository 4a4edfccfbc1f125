package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public ModelPage parse(JsonNode body) {
        JsonNode items = body != null && body.isArray() ? body : ModelListParser.array(body, "data", "openai-compatible");
        List<DiscoveredModel> models = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            models.add(model(item));
        }
        return new ModelPage(models, null);
    }

    private static DiscoveredModel model(JsonNode item) {
        String id = ModelListParser.requiredId(item, "id", "openai-compatible");
        String displayName = firstText(item, "display_name", "name");
        if (id.equals(displayName)) {
            displayName = null; // Mistral repeats the id as "name": that is no display name
        }
        Integer contextWindow = firstInt(item, "context_length", "max_context_length", "context_window");
        JsonNode topProvider = item.get("top_provider");
        Integer maxOutput = topProvider == null ? null : JsonFields.integer(topProvider, "max_completion_tokens");
        if (maxOutput == null) {
            maxOutput = JsonFields.integer(item, "max_output_tokens");
        }

        List<String> capabilities = new ArrayList<>();
        List<String> input = new ArrayList<>();
        List<String> output = new ArrayList<>();
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
            addAll(input, JsonFields.strings(architecture, "input_modalities"));
            addAll(output, JsonFields.strings(architecture, "output_modalities"));
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
                inputPer1k = times(JsonFields.decimal(pricing, "prompt"), THOUSAND);
                outputPer1k = times(JsonFields.decimal(pricing, "completion"), THOUSAND);
            } else {
                // Together: USD per million tokens
                inputPer1k = perThousandFromPerMillion(JsonFields.decimal(pricing, "input"));
                outputPer1k = perThousandFromPerMillion(JsonFields.decimal(pricing, "output"));
            }
        }
        return new DiscoveredModel(id, displayName, contextWindow, maxOutput, capabilities, input, output,
                inputPer1k, outputPer1k, ListedLifecycle.of(item, id),
                CategoryGuess.of(id, type, capabilities, input, output));
    }

    private static String firstText(JsonNode item, String... fields) {
        for (String f : fields) {
            String v = JsonFields.text(item, f);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Integer firstInt(JsonNode item, String... fields) {
        for (String f : fields) {
            Integer v = JsonFields.integer(item, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void addAll(List<String> target, List<String> values) {
        for (String v : values) {
            if (!target.contains(v)) {
                target.add(v);
            }
        }
    }

    private static BigDecimal times(BigDecimal value, BigDecimal factor) {
        return value == null ? null : value.multiply(factor).stripTrailingZeros();
    }

    private static BigDecimal perThousandFromPerMillion(BigDecimal value) {
        return value == null ? null : value.divide(THOUSAND).stripTrailingZeros();
    }
}
