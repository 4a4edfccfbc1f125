package io.radiant.registry.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.discovery.Fixtures;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.radiant.registry.support.UpstreamLimits;
import org.junit.jupiter.api.Test;

class LiteLlmCostMapTest {

    private static Map<String, FeedEntry> byKey(FeedReading reading) {
        return reading.entries().stream().collect(Collectors.toMap(FeedEntry::feedId, Function.identity()));
    }

    @Test
    void perTokenPricesBecomePerThousandAndProviderPrefixesAreMappedToOurIds() {
        FeedReading reading = LiteLlmCostMap.parse(Fixtures.read("pricing/litellm-model-prices-sample.json"), UpstreamLimits.defaults());
        Map<String, FeedEntry> entries = byKey(reading);

        assertThat(reading.entriesRead()).isEqualTo(5);
        assertThat(entries.get("gpt-4o").inputCostPer1k()).isEqualByComparingTo("0.0025");
        assertThat(entries.get("gpt-4o").outputCostPer1k()).isEqualByComparingTo("0.01");
        assertThat(entries.get("gpt-4o").contextWindow()).isEqualTo(128000);
        assertThat(entries.get("gpt-4o").capabilities()).contains("chat", "vision", "function_calling");
        assertThat(entries.get("gpt-4o").category()).isEqualTo("vision_llm");
        assertThat(entries.get("gpt-4o-mini").inputCostPer1k()).isEqualByComparingTo("0.00015");
        assertThat(entries.get("text-embedding-3-small").outputCostPer1k()).isEqualByComparingTo("0");
        assertThat(entries.get("text-embedding-3-small").category()).isEqualTo("embedding");
        FeedEntry gemini = entries.get("gemini/gemini-1.5-pro");
        assertThat(gemini.providerId()).isEqualTo("google");
        assertThat(gemini.modelId()).isEqualTo("gemini-1.5-pro");
        assertThat(gemini.deprecationDate()).isEqualTo("2025-09-24");
    }

    @Test
    void theSampleSpecIsNoModelAndUnknownProvidersStayUnmapped() {
        FeedReading reading = LiteLlmCostMap.parse("""
                {"sample_spec": {"input_cost_per_token": 0},
                 "dall-e-3": {"mode": "image_generation", "output_cost_per_image": 0.04, "litellm_provider": "openai"},
                 "sagemaker/llama": {"input_cost_per_token": "n/a", "litellm_provider": "sagemaker"}}
                """, UpstreamLimits.defaults());
        Map<String, FeedEntry> entries = byKey(reading);
        assertThat(reading.entriesRead()).isEqualTo(2);
        assertThat(entries.get("dall-e-3").inputCostPer1k()).isNull();
        assertThat(entries.get("dall-e-3").category()).isEqualTo("image_generation");
        assertThat(entries.get("sagemaker/llama").providerId()).isNull();
        assertThat(entries.get("sagemaker/llama").inputCostPer1k()).isNull();
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> LiteLlmCostMap.parse("[1, 2]", UpstreamLimits.defaults())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiteLlmCostMap.parse("{not json", UpstreamLimits.defaults())).hasMessageContaining("not valid JSON");
    }
}
