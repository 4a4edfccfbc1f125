package io.radiant.registry.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/v2/registry/cost} (DESIGN.md §4.5): the estimated list price (USD, before
 * markup) of one request to one model, line by line; {@code tier} is the long-context tier applied (null: the
 * base rates); {@code sources} names where each line's price came from; {@code pricesAsOf} is the last time
 * the model's row or its prices changed.
 */
public record CostQuote(
        String providerId,
        String modelId,
        String currency,
        BigDecimal totalCost,
        Tier tier,
        List<Line> lines,
        String pricesAsOf,
        Map<String, String> sources) {

    /** The tier applied: the request's input tokens exceed {@code aboveInputTokens}. */
    public record Tier(long aboveInputTokens) { }

    /** One priced part: input, cached_input, cache_write, output, reasoning or request. */
    public record Line(String component, long tokens, BigDecimal costPer1k, BigDecimal cost) { }
}
