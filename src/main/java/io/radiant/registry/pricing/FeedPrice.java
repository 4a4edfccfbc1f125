package io.radiant.registry.pricing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One model's list prices in the feed, converted to USD per 1k tokens (either may be unknown). */
public record FeedPrice(String litellmId, BigDecimal inputCostPer1k, BigDecimal outputCostPer1k) {

    public Map<String, Object> toRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("litellm_id", litellmId);
        row.put("input_cost_per_1k", inputCostPer1k);
        row.put("output_cost_per_1k", outputCostPer1k);
        return row;
    }
}
