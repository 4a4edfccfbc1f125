package io.radiant.registry.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostEstimatorTest {

    // Claude Sonnet 4's list prices per 1k tokens: input 0.003, output 0.015, cache read 0.0003, cache write
    // 0.00375; above 200k input tokens input 0.006, output 0.0225, cache read 0.0006
    private static final PriceSheet SONNET = new PriceSheet("per_token", new BigDecimal("0.003"),
            new BigDecimal("0.015"), null,
            new PriceComponents(new BigDecimal("0.0003"), new BigDecimal("0.00375"), new BigDecimal("0.006"), null,
                    new BigDecimal("0.0015"), new BigDecimal("0.0075"),
                    List.of(new PriceTier(200_000, new BigDecimal("0.006"), new BigDecimal("0.0225"),
                            new BigDecimal("0.0006")))),
            Map.of("input", "litellm"));

    @Test
    void plainRequestIsInputPlusOutputAtBaseRates() {
        CostEstimate e = CostEstimator.estimate(SONNET, CostRequest.of(10_000, 2_000));
        // 10k × 0.003/1k + 2k × 0.015/1k = 0.03 + 0.03
        assertThat(e.total()).isEqualByComparingTo("0.06");
        assertThat(e.tier()).isNull();
        assertThat(e.lines()).extracting(CostEstimate.Line::component).containsExactly("input", "output");
    }

    @Test
    void inputOverTheThresholdPricesTheWholeRequestAtTheTier() {
        CostEstimate e = CostEstimator.estimate(SONNET, new CostRequest(300_000, 1_000, 100_000, 0, 0, false));
        // 200k uncached × 0.006/1k = 1.2; 100k cached × 0.0006/1k = 0.06; 1k output × 0.0225/1k = 0.0225
        assertThat(e.tier().aboveInputTokens()).isEqualTo(200_000);
        assertThat(e.lines()).extracting(CostEstimate.Line::cost)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.2"), new BigDecimal("0.06"), new BigDecimal("0.0225"));
        assertThat(e.total()).isEqualByComparingTo("1.2825");
    }

    @Test
    void exactlyAtTheThresholdIsStillTheBaseRate() {
        assertThat(CostEstimator.estimate(SONNET, CostRequest.of(200_000, 0)).tier()).isNull();
        assertThat(CostEstimator.estimate(SONNET, CostRequest.of(200_001, 0)).tier()).isNotNull();
    }

    @Test
    void cacheWritesAndBatchUseTheirOwnPrices() {
        CostEstimate writes = CostEstimator.estimate(SONNET, new CostRequest(10_000, 0, 0, 4_000, 0, false));
        // 6k × 0.003/1k + 4k × 0.00375/1k = 0.018 + 0.015
        assertThat(writes.total()).isEqualByComparingTo("0.033");
        CostEstimate batch = CostEstimator.estimate(SONNET, new CostRequest(300_000, 1_000, 0, 0, 0, true));
        // batch ignores tiers: 300k × 0.0015/1k + 1k × 0.0075/1k
        assertThat(batch.tier()).isNull();
        assertThat(batch.total()).isEqualByComparingTo("0.4575");
    }

    @Test
    void reasoningTokensAreOutputUnlessTheModelPricesThemApart() {
        CostEstimate asOutput = CostEstimator.estimate(SONNET, new CostRequest(0, 1_000, 0, 0, 600, false));
        assertThat(asOutput.lines()).extracting(CostEstimate.Line::component).containsExactly("input", "output");
        assertThat(asOutput.total()).isEqualByComparingTo("0.015");
        PriceSheet apart = new PriceSheet("per_token", new BigDecimal("0.001"), new BigDecimal("0.002"), null,
                new PriceComponents(null, null, null, new BigDecimal("0.004"), null, null, List.of()), Map.of());
        CostEstimate e = CostEstimator.estimate(apart, new CostRequest(0, 1_000, 0, 0, 600, false));
        // 400 output × 0.002/1k + 600 reasoning × 0.004/1k
        assertThat(e.total()).isEqualByComparingTo("0.0032");
    }

    @Test
    void aMissingPriceThatTheRequestNeedsIsNamed() {
        PriceSheet noCache = new PriceSheet("per_token", new BigDecimal("0.001"), new BigDecimal("0.002"), null,
                PriceComponents.NONE, Map.of());
        assertThatThrownBy(() -> CostEstimator.estimate(noCache, new CostRequest(1_000, 0, 500, 0, 0, false)))
                .isInstanceOf(MissingPriceException.class).hasMessageContaining("cacheRead")
                .extracting(e -> ((MissingPriceException) e).component()).isEqualTo("cacheRead");
        assertThatThrownBy(() -> CostEstimator.estimate(noCache, new CostRequest(1_000, 0, 0, 0, 0, true)))
                .isInstanceOf(MissingPriceException.class).hasMessageContaining("batchInput");
        PriceSheet image = new PriceSheet("per_image", null, null, null, null, Map.of());
        assertThatThrownBy(() -> CostEstimator.estimate(image, CostRequest.of(1, 1)))
                .isInstanceOf(MissingPriceException.class).hasMessageContaining("per_image");
    }

    @Test
    void perRequestModelsCostTheirRequestPrice() {
        PriceSheet perRequest = new PriceSheet("per_request", null, null, new BigDecimal("0.005"), null, Map.of());
        assertThat(CostEstimator.estimate(perRequest, CostRequest.of(50_000, 1_000)).total()).isEqualByComparingTo("0.005");
    }
}
