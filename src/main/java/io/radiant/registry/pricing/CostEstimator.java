package io.radiant.registry.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of one request from a model's {@link PriceSheet} (DESIGN.md §4.5), exact: a line costs
 * {@code tokens × costPer1k / 1000} with no rounding, so the lines sum exactly to the total.
 * <ul>
 *   <li>Long-context tier: when the input tokens exceed a tier's {@code aboveInputTokens}, the highest such
 *       tier prices the whole request (input, output and cache reads; a rate the tier lacks is the base rate).</li>
 *   <li>Batch: the batch input and output prices replace input and output; tiers do not apply to batch.</li>
 *   <li>input = the prompt tokens neither read from nor written to the cache; cached_input at the cache-read
 *       price; cache_write at the 5-minute cache-write price.</li>
 *   <li>reasoning at its own price when the model has one; else reasoning tokens are output tokens.</li>
 *   <li>request: a per-request price, when the model has one (per_request models have nothing else).</li>
 * </ul>
 * A price that a non-zero part of the request needs and the sheet lacks throws {@link MissingPriceException}
 * naming it; so does a model priced per image, second, minute or character.
 */
public final class CostEstimator {

    private CostEstimator() { }

    public static CostEstimate estimate(PriceSheet prices, CostRequest request) {
        String type = prices.pricingType();
        if ("per_request".equals(type)) {
            BigDecimal perRequest = require(prices.costPerRequest(), "request", "per-request price");
            return new CostEstimate(perRequest, null, List.of(new CostEstimate.Line("request", 0, null, perRequest)));
        }
        if (!"per_token".equals(type)) {
            throw new MissingPriceException("input", "The model is priced " + (type == null ? "without a type" : type)
                    + ", not per token: the estimate needs its input and output token prices.");
        }
        PriceComponents c = prices.components();
        PriceTier tier = request.batch() ? null : tierFor(c, request.inputTokens());
        BigDecimal inputRate;
        BigDecimal outputRate;
        if (request.batch()) {
            inputRate = c.batchInput();
            outputRate = c.batchOutput();
        } else {
            inputRate = tier != null && tier.input() != null ? tier.input() : prices.input();
            outputRate = tier != null && tier.output() != null ? tier.output() : prices.output();
        }
        BigDecimal cacheReadRate = tier != null && tier.cacheRead() != null ? tier.cacheRead() : c.cacheRead();

        long uncached = request.inputTokens() - request.cachedInputTokens() - request.cacheWriteTokens();
        boolean reasoningApart = c.reasoning() != null && request.reasoningTokens() > 0;
        long plainOutput = reasoningApart ? request.outputTokens() - request.reasoningTokens() : request.outputTokens();

        List<CostEstimate.Line> lines = new ArrayList<>();
        String inputName = request.batch() ? "batchInput" : "input";
        String outputName = request.batch() ? "batchOutput" : "output";
        lines.add(line("input", uncached, inputRate, inputName));
        if (request.cachedInputTokens() > 0) {
            lines.add(line("cached_input", request.cachedInputTokens(), cacheReadRate, "cacheRead"));
        }
        if (request.cacheWriteTokens() > 0) {
            lines.add(line("cache_write", request.cacheWriteTokens(), c.cacheWrite(), "cacheWrite"));
        }
        lines.add(line("output", plainOutput, outputRate, outputName));
        if (reasoningApart) {
            lines.add(line("reasoning", request.reasoningTokens(), c.reasoning(), "reasoning"));
        }
        if (prices.costPerRequest() != null && prices.costPerRequest().signum() > 0) {
            lines.add(new CostEstimate.Line("request", 0, null, prices.costPerRequest()));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CostEstimate.Line l : lines) {
            total = total.add(l.cost());
        }
        return new CostEstimate(total, tier, lines);
    }

    /**
     * The total of {@link #estimate} without its lines, or null where {@code estimate} would refuse (a missing
     * price): no exception, no list, for selection, which prices every model it walks. Same rates, same exact
     * arithmetic, so the two agree to the last digit (CostEstimatorPropertiesTest).
     */
    public static BigDecimal totalOf(PriceSheet prices, CostRequest request) {
        String type = prices.pricingType();
        if ("per_request".equals(type)) {
            return prices.costPerRequest();
        }
        if (!"per_token".equals(type)) {
            return null;
        }
        PriceComponents c = prices.components();
        BigDecimal inputRate;
        BigDecimal outputRate;
        BigDecimal cacheReadRate = c.cacheRead();
        if (request.batch()) {
            inputRate = c.batchInput();
            outputRate = c.batchOutput();
        } else {
            PriceTier tier = c.tiers().isEmpty() ? null : tierFor(c, request.inputTokens());
            inputRate = tier != null && tier.input() != null ? tier.input() : prices.input();
            outputRate = tier != null && tier.output() != null ? tier.output() : prices.output();
            cacheReadRate = tier != null && tier.cacheRead() != null ? tier.cacheRead() : c.cacheRead();
        }
        boolean reasoningApart = c.reasoning() != null && request.reasoningTokens() > 0;
        BigDecimal sum = BigDecimal.ZERO;
        sum = plus(sum, request.inputTokens() - request.cachedInputTokens() - request.cacheWriteTokens(), inputRate);
        sum = plus(sum, request.cachedInputTokens(), cacheReadRate);
        sum = plus(sum, request.cacheWriteTokens(), c.cacheWrite());
        sum = plus(sum, reasoningApart ? request.outputTokens() - request.reasoningTokens() : request.outputTokens(),
                outputRate);
        if (reasoningApart) {
            sum = plus(sum, request.reasoningTokens(), c.reasoning());
        }
        if (sum == null) {
            return null;
        }
        sum = sum.movePointLeft(3);
        return prices.costPerRequest() != null && prices.costPerRequest().signum() > 0 ? sum.add(prices.costPerRequest())
                : sum;
    }

    /** {@code sum + tokens × rate} (per 1k, before the point moves), null once a needed rate is missing. */
    private static BigDecimal plus(BigDecimal sum, long tokens, BigDecimal rate) {
        if (sum == null || tokens == 0) {
            return sum;
        }
        return rate == null ? null : sum.add(rate.multiply(BigDecimal.valueOf(tokens)));
    }

    /** The highest tier whose threshold the input exceeds, or null. */
    public static PriceTier tierFor(PriceComponents c, long inputTokens) {
        PriceTier applied = null;
        for (PriceTier t : c.tiers()) {
            if (inputTokens > t.aboveInputTokens()) {
                applied = t;
            }
        }
        return applied;
    }

    /** A line; a part of zero tokens needs no price (its line costs 0). */
    private static CostEstimate.Line line(String component, long tokens, BigDecimal rate, String priceName) {
        if (rate == null) {
            if (tokens == 0) {
                return new CostEstimate.Line(component, tokens, null, BigDecimal.ZERO);
            }
            throw new MissingPriceException(priceName, "The model has no " + priceName + " price, which "
                    + tokens + " " + component + " token(s) need.");
        }
        return new CostEstimate.Line(component, tokens, rate, rate.multiply(BigDecimal.valueOf(tokens)).movePointLeft(3));
    }

    private static BigDecimal require(BigDecimal price, String component, String what) {
        if (price == null) {
            throw new MissingPriceException(component, "The model has no " + what + ".");
        }
        return price;
    }
}
