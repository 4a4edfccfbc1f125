package io.radiant.registry.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The estimated list price of one request: the lines (whose costs sum exactly to {@code total}) and the
 * long-context tier applied, if any.
 */
public record CostEstimate(BigDecimal total, PriceTier tier, List<Line> lines) {

    public CostEstimate {
        lines = List.copyOf(lines);
    }

    /** One priced part of the request: {@code component} is input, cached_input, cache_write, output, reasoning or request. */
    public record Line(String component, long tokens, BigDecimal costPer1k, BigDecimal cost) { }
}
