package io.radiant.registry.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a pricing feed in the shape of LiteLLM's {@code model_prices_and_context_window.json}: an object
 * keyed by model id (sometimes provider-prefixed, e.g. {@code gemini/gemini-1.5-pro}) whose entries give
 * {@code input_cost_per_token} / {@code output_cost_per_token} in USD per token. Entries without a numeric
 * per-token price (image, audio, the documentation entry {@code sample_spec}) are skipped.
 */
public final class LiteLlmCostMap {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final ObjectMapper json;

    public LiteLlmCostMap(ObjectMapper json) {
        this.json = json;
    }

    public List<FeedPrice> parse(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the pricing feed is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the pricing feed is not a JSON object keyed by model id");
        }
        List<FeedPrice> prices = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = root.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode spec = entry.getValue();
            if (!spec.isObject()) {
                continue;
            }
            BigDecimal input = perThousand(spec.get("input_cost_per_token"));
            BigDecimal output = perThousand(spec.get("output_cost_per_token"));
            if (input != null || output != null) {
                prices.add(new FeedPrice(entry.getKey(), input, output));
            }
        }
        return prices;
    }

    private static BigDecimal perThousand(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return null;
        }
        BigDecimal perToken = value.decimalValue();
        return perToken.signum() < 0 ? null : perToken.multiply(THOUSAND).stripTrailingZeros();
    }
}
