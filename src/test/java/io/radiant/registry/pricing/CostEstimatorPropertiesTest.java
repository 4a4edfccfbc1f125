package io.radiant.registry.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws every estimate keeps, for any token-priced model and any request. */
class CostEstimatorPropertiesTest {

    @Property
    void linesSumToTheTotal(@ForAll("sheets") PriceSheet sheet, @ForAll("requests") CostRequest request) {
        CostEstimate e = CostEstimator.estimate(sheet, request);
        BigDecimal sum = e.lines().stream().map(CostEstimate.Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(e.total());
        assertThat(e.total().signum()).isGreaterThanOrEqualTo(0);
    }

    @Property
    void theTotalWithoutLinesIsTheEstimatesTotal(@ForAll("sheetsWithGaps") PriceSheet sheet,
                                                @ForAll("requests") CostRequest request) {
        BigDecimal total = CostEstimator.totalOf(sheet, request);
        CostEstimate estimate;
        try {
            estimate = CostEstimator.estimate(sheet, request);
        } catch (MissingPriceException e) {
            assertThat(total).as("estimate refused: " + e.getMessage()).isNull();
            return;
        }
        assertThat(total).isNotNull().isEqualByComparingTo(estimate.total());
    }

    @Property
    void moreTokensNeverCostLessWithinOneTier(@ForAll("sheets") PriceSheet sheet,
                                              @ForAll("requests") CostRequest request,
                                              @ForAll @IntRange(min = 0, max = 50_000) int moreInput,
                                              @ForAll @IntRange(min = 0, max = 50_000) int moreOutput) {
        CostRequest bigger = new CostRequest(request.inputTokens() + moreInput, request.outputTokens() + moreOutput,
                request.cachedInputTokens(), request.cacheWriteTokens(), request.reasoningTokens(), request.batch());
        CostEstimate small = CostEstimator.estimate(sheet, request);
        CostEstimate large = CostEstimator.estimate(sheet, bigger);
        if (sameTier(small, large)) {
            assertThat(large.total()).isGreaterThanOrEqualTo(small.total());
        }
    }

    @Property
    void cachedTokensNeverCostMoreThanUncached(@ForAll("sheets") PriceSheet sheet,
                                               @ForAll("requests") CostRequest request,
                                               @ForAll @IntRange(min = 0, max = 100) int percentCached) {
        // batch requests price cache reads at the (unbatched) cache-read rate, which batch input may undercut
        Assume.that(!request.batch());
        long free = request.inputTokens() - request.cachedInputTokens() - request.cacheWriteTokens();
        long more = free * percentCached / 100;
        CostRequest cachedMore = new CostRequest(request.inputTokens(), request.outputTokens(),
                request.cachedInputTokens() + more, request.cacheWriteTokens(), request.reasoningTokens(),
                request.batch());
        assertThat(CostEstimator.estimate(sheet, cachedMore).total())
                .isLessThanOrEqualTo(CostEstimator.estimate(sheet, request).total());
    }

    private static boolean sameTier(CostEstimate a, CostEstimate b) {
        return a.tier() == null ? b.tier() == null : a.tier().equals(b.tier());
    }

    @Provide
    Arbitrary<PriceSheet> sheets() {
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("0.00001"), new BigDecimal("0.2"))
                .ofScale(8);
        Arbitrary<List<PriceTier>> tiers = Arbitraries.of(0, 1, 2).flatMap(n -> price.list().ofSize(3 * n)
                .map(rates -> {
                    List<PriceTier> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        out.add(new PriceTier(128_000L + 72_000L * i, rates.get(3 * i), rates.get(3 * i + 1),
                                rates.get(3 * i + 2).min(rates.get(3 * i))));
                    }
                    return out;
                }));
        // a cache read costs no more than the input it replaces (every feed's prices are so)
        return Combinators.combine(price, price, price, price, price, tiers).as((in, out, read, write, reasoning, t) ->
                new PriceSheet("per_token", in, out, null,
                        new PriceComponents(read.min(in), write, null, reasoning, in.divide(BigDecimal.valueOf(2)),
                                out.divide(BigDecimal.valueOf(2)), t), Map.of()));
    }

    /** Sheets where any component may be missing, and a request price may be added. */
    @Provide
    Arbitrary<PriceSheet> sheetsWithGaps() {
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("0.00001"), new BigDecimal("0.2"))
                .ofScale(8).injectNull(0.3);
        Arbitrary<List<PriceTier>> tiers = price.list().ofSize(3).map(r -> r.get(0) == null && r.get(1) == null
                && r.get(2) == null ? List.<PriceTier>of() : List.of(new PriceTier(200_000, r.get(0), r.get(1), r.get(2))));
        Arbitrary<String> type = Arbitraries.of("per_token", "per_token", "per_token", "per_request", "per_image");
        return Combinators.combine(type, price.list().ofSize(9), tiers).as((t, p, tr) -> new PriceSheet(t, p.get(0),
                p.get(1), p.get(2), new PriceComponents(p.get(3), p.get(4), null, p.get(5), p.get(6), p.get(7), tr),
                Map.of()));
    }

    @Provide
    Arbitrary<CostRequest> requests() {
        Arbitrary<Long> tokens = Arbitraries.longs().between(0, 400_000);
        return Combinators.combine(tokens, tokens, Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100), Arbitraries.of(false, true))
                .as((in, out, cachedPct, writePct, reasoningPct, batch) -> {
                    long cached = in * cachedPct / 100;
                    long writes = (in - cached) * writePct / 100;
                    return new CostRequest(in, out, batch ? 0 : cached, batch ? 0 : writes, out * reasoningPct / 100, batch);
                });
    }
}
