package io.radiant.registry.pricing;

import java.math.BigDecimal;

/**
 * A long-context tier (DESIGN.md §4.5): a request whose input tokens exceed {@code aboveInputTokens} is priced
 * wholly at these rates, USD per 1k tokens; a rate the tier does not state ({@code null}) is the base rate.
 */
public record PriceTier(long aboveInputTokens, BigDecimal input, BigDecimal output, BigDecimal cacheRead) {

    public PriceTier {
        input = FeedEntry.catalogPrice(input);
        output = FeedEntry.catalogPrice(output);
        cacheRead = FeedEntry.catalogPrice(cacheRead);
    }

    /** A tier that states at least one rate. */
    public boolean isPriced() {
        return input != null || output != null || cacheRead != null;
    }
}
