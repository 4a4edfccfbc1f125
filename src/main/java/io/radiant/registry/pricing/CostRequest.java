package io.radiant.registry.pricing;

/**
 * One request to price (DESIGN.md §4.5): {@code inputTokens} counts every prompt token, of which
 * {@code cachedInputTokens} are read from the cache and {@code cacheWriteTokens} written to it;
 * {@code reasoningTokens} are part of {@code outputTokens}; {@code batch}: sent through the batch API.
 * The parts never exceed their totals (the parser refuses such a request).
 */
public record CostRequest(long inputTokens, long outputTokens, long cachedInputTokens, long cacheWriteTokens,
                          long reasoningTokens, boolean batch) {

    /** A plain request: no cache, no reasoning priced apart, not batched. */
    public static CostRequest of(long inputTokens, long outputTokens) {
        return new CostRequest(inputTokens, outputTokens, 0, 0, 0, false);
    }
}
