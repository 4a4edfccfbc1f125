package io.radiant.registry.pricing;

import io.radiant.registry.upstream.UpstreamValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one feed says about one model, normalised across the three feed shapes and mapped to our ids.
 * {@code providerId}/{@code modelId} are ours ({@code null} provider: the feed's provider is not one of ours);
 * {@code feedId} is the feed's own spelling, reported when nothing matches. Prices are USD per 1k tokens
 * rounded to the catalog's 8 decimals; every value may be unknown ({@code null}). The parsers hand over values
 * already bounded ({@link UpstreamValues}); a price that would still not fit {@code numeric(14,8)} is unknown here.
 */
public record FeedEntry(
        String source,
        String feedId,
        String providerId,
        String modelId,
        String displayName,
        BigDecimal inputCostPer1k,
        BigDecimal outputCostPer1k,
        Integer contextWindow,
        Integer maxOutput,
        List<String> inputModalities,
        List<String> outputModalities,
        List<String> capabilities,
        String category,
        String deprecationDate,
        String retirementDate,
        String successorModelId) {

    public FeedEntry {
        inputCostPer1k = catalogPrice(inputCostPer1k);
        outputCostPer1k = catalogPrice(outputCostPer1k);
        contextWindow = contextWindow == null || contextWindow <= 0 ? null : contextWindow;
        maxOutput = maxOutput == null || maxOutput <= 0 ? null : maxOutput;
        inputModalities = inputModalities == null ? List.of() : List.copyOf(inputModalities);
        outputModalities = outputModalities == null ? List.of() : List.copyOf(outputModalities);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /** The row of {@code sql/pricing-apply.sql}: the entry's values keyed by the models column they describe. */
    public Map<String, Object> toRow() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("display_name", displayName);
        values.put("input_cost_per_1k", inputCostPer1k);
        values.put("output_cost_per_1k", outputCostPer1k);
        values.put("context_window", contextWindow);
        values.put("max_output", maxOutput);
        values.put("input_modalities", inputModalities.isEmpty() ? null : inputModalities);
        values.put("output_modalities", outputModalities.isEmpty() ? null : outputModalities);
        values.put("capabilities", capabilities.isEmpty() ? null : capabilities);
        values.put("category", category);
        values.put("deprecation_date", deprecationDate);
        values.put("retirement_date", retirementDate);
        values.put("successor_model_id", successorModelId);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", source);
        row.put("feed_id", feedId);
        row.put("provider_id", providerId);
        row.put("model_id", modelId);
        row.put("entry", values);
        return row;
    }

    private static final BigDecimal PRICE_COLUMN_LIMIT = new BigDecimal("1000000");
    // rounding costs time in proportion to the scale: values of absurd size are dropped before it
    private static final int MAX_EXPONENT = 40;

    private static BigDecimal catalogPrice(BigDecimal value) {
        if (value == null || value.signum() < 0 || !UpstreamValues.withinExponent(value, MAX_EXPONENT)
                || value.compareTo(PRICE_COLUMN_LIMIT) >= 0) {
            return null;
        }
        BigDecimal rounded = value.setScale(8, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }
}
