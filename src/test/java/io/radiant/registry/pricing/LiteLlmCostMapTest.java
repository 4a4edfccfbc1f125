package io.radiant.registry.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.discovery.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LiteLlmCostMapTest {

    private final LiteLlmCostMap costMap = new LiteLlmCostMap(new ObjectMapper());

    @Test
    void perTokenPricesBecomePerThousandKeyedByTheFeedsModelId() {
        Map<String, FeedPrice> prices = costMap.parse(Fixtures.read("pricing/litellm-model-prices-sample.json"))
                .stream().collect(Collectors.toMap(FeedPrice::litellmId, Function.identity()));

        assertThat(prices).containsKeys("gpt-4o", "gpt-4o-mini", "claude-sonnet-4-20250514", "text-embedding-3-small",
                "gemini/gemini-1.5-pro");
        assertThat(prices.get("gpt-4o").inputCostPer1k()).isEqualByComparingTo("0.0025");
        assertThat(prices.get("gpt-4o").outputCostPer1k()).isEqualByComparingTo("0.01");
        assertThat(prices.get("gpt-4o-mini").inputCostPer1k()).isEqualByComparingTo("0.00015");
        assertThat(prices.get("text-embedding-3-small").outputCostPer1k()).isEqualByComparingTo("0");
    }

    @Test
    void entriesWithoutNumericTokenPricesAreSkipped() {
        List<FeedPrice> prices = costMap.parse("""
                {"sample_spec": {"input_cost_per_token": "cost per input token", "mode": "chat"},
                 "dall-e-3": {"output_cost_per_image": 0.04, "mode": "image_generation"},
                 "m": {"input_cost_per_token": 1e-06}}""");

        assertThat(prices).extracting(FeedPrice::litellmId).containsExactly("m");
        assertThat(prices.get(0).outputCostPer1k()).isNull();
    }

    @Test
    void aFeedThatIsNotTheCostMapShapeIsRefused() {
        assertThatThrownBy(() -> costMap.parse("[1,2]")).hasMessageContaining("keyed by model id");
        assertThatThrownBy(() -> costMap.parse("{oops")).hasMessageContaining("not valid JSON");
    }
}
