package io.radiant.registry.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices of a token-priced model besides input and output (DESIGN.md §4.5), USD per 1k tokens, each
 * {@code null} when unknown: cache read, cache write (5-minute and 1-hour lifetime), reasoning tokens billed
 * apart from output, batch input and output, and long-context tiers (ascending by threshold, one per
 * threshold).
 */
public record PriceComponents(
        BigDecimal cacheRead,
        BigDecimal cacheWrite,
        BigDecimal cacheWrite1h,
        BigDecimal reasoning,
        BigDecimal batchInput,
        BigDecimal batchOutput,
        List<PriceTier> tiers) {

    public static final PriceComponents NONE = new PriceComponents(null, null, null, null, null, null, List.of());

    /** The models column of each scalar component, in the order of the record. */
    public static final List<String> COLUMNS = List.of("cache_read_cost_per_1k", "cache_write_cost_per_1k",
            "cache_write_1h_cost_per_1k", "reasoning_cost_per_1k", "batch_input_cost_per_1k",
            "batch_output_cost_per_1k");
    /** The models column of the tiers. */
    public static final String TIERS_COLUMN = "price_tiers";

    public PriceComponents {
        cacheRead = FeedEntry.catalogPrice(cacheRead);
        cacheWrite = FeedEntry.catalogPrice(cacheWrite);
        cacheWrite1h = FeedEntry.catalogPrice(cacheWrite1h);
        reasoning = FeedEntry.catalogPrice(reasoning);
        batchInput = FeedEntry.catalogPrice(batchInput);
        batchOutput = FeedEntry.catalogPrice(batchOutput);
        Map<Long, PriceTier> byThreshold = new LinkedHashMap<>();
        for (PriceTier t : tiers == null ? List.<PriceTier>of() : tiers) {
            if (t != null && t.aboveInputTokens() > 0 && t.isPriced()) {
                byThreshold.putIfAbsent(t.aboveInputTokens(), t);
            }
        }
        List<PriceTier> sorted = new ArrayList<>(byThreshold.values());
        sorted.sort(Comparator.comparingLong(PriceTier::aboveInputTokens));
        tiers = List.copyOf(sorted);
    }

    /** The components keyed by models column, as {@code FeedEntry.toRow} and the apply statement read them. */
    public Map<String, Object> toColumns() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cache_read_cost_per_1k", cacheRead);
        values.put("cache_write_cost_per_1k", cacheWrite);
        values.put("cache_write_1h_cost_per_1k", cacheWrite1h);
        values.put("reasoning_cost_per_1k", reasoning);
        values.put("batch_input_cost_per_1k", batchInput);
        values.put("batch_output_cost_per_1k", batchOutput);
        values.put(TIERS_COLUMN, tiers.isEmpty() ? null : tiers.stream().map(PriceComponents::tierJson).toList());
        return values;
    }

    private static Map<String, Object> tierJson(PriceTier t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("aboveInputTokens", t.aboveInputTokens());
        json.put("input", t.input());
        json.put("output", t.output());
        json.put("cacheRead", t.cacheRead());
        return json;
    }
}
