package io.radiant.registry.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.discovery.Fixtures;
import java.util.List;
import io.radiant.registry.support.UpstreamLimits;
import org.junit.jupiter.api.Test;

/** models.dev and OpenRouter shapes, on the real models.dev snapshot and the OpenRouter fixture (values checked by hand). */
class FeedParsersTest {

    private static FeedEntry find(FeedReading reading, String providerId, String modelId) {
        return reading.entries().stream().filter(e -> providerId.equals(e.providerId()) && modelId.equals(e.modelId()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + providerId + "/" + modelId));
    }

    @Test
    void modelsDevPricesPerMillionBecomePerThousandAndItsProviderIdsAreMapped() {
        FeedReading reading = ModelsDevCatalog.parse(Fixtures.read("real/models-dev-catalog.json"), UpstreamLimits.defaults());

        assertThat(reading.entriesRead()).isEqualTo(669);
        FeedEntry deepseek = find(reading, "deepseek", "deepseek-chat");
        assertThat(deepseek.inputCostPer1k()).isEqualByComparingTo("0.00057");
        assertThat(deepseek.outputCostPer1k()).isEqualByComparingTo("0.00168");
        assertThat(deepseek.contextWindow()).isEqualTo(128000);
        assertThat(deepseek.feedId()).isEqualTo("deepseek/deepseek-chat");
        FeedEntry gemini = find(reading, "google", "gemini-2.5-pro");
        assertThat(gemini.inputModalities()).contains("text", "image", "audio", "video", "pdf");
        assertThat(gemini.category()).isEqualTo("reasoning");
        assertThat(reading.entries()).anyMatch(e -> "together".equals(e.providerId()));
        assertThat(reading.entries()).anyMatch(e -> "fireworks".equals(e.providerId()));
        // a provider that is not ours is read and kept unmapped (reported as unmatched by the sync)
        assertThat(reading.entries()).anyMatch(e -> e.feedId().startsWith("amazon-bedrock/") && e.providerId() == null);
    }

    @Test
    void openRouterEntriesDescribeOurOpenRouterModelAndTheVendorsOwn() {
        FeedReading reading = OpenRouterModels.parse(Fixtures.read("feeds/openrouter-models.json"), UpstreamLimits.defaults());

        assertThat(reading.entriesRead()).isEqualTo(5);
        FeedEntry routed = find(reading, "openrouter", "x-ai/grok-3");
        FeedEntry vendor = find(reading, "xai", "grok-3");
        assertThat(routed.retirementDate()).isEqualTo("2026-10-15");
        assertThat(vendor.retirementDate()).isEqualTo("2026-10-15");
        assertThat(vendor.inputCostPer1k()).isEqualByComparingTo("0.003");
        assertThat(vendor.outputCostPer1k()).isEqualByComparingTo("0.015");
        assertThat(vendor.displayName()).isEqualTo("Grok 3");
        assertThat(vendor.maxOutput()).isNull();
        FeedEntry gpt4o = find(reading, "openai", "gpt-4o");
        assertThat(gpt4o.maxOutput()).isEqualTo(16384);
        assertThat(gpt4o.capabilities()).contains("function_calling", "json_mode", "vision");
        // a variant is OpenRouter's own; an unknown vendor maps to nothing but OpenRouter
        assertThat(reading.entries().stream().filter(e -> e.feedId().equals("meta-llama/llama-3.3-70b-instruct:free"))
                .map(FeedEntry::providerId).toList()).isEqualTo(List.of("openrouter"));
        assertThat(find(reading, "openai", "gpt-5-image").category()).isEqualTo("image_generation");
    }

    @Test
    void shapesOtherThanTheFeedsAreRefused() {
        assertThatThrownBy(() -> OpenRouterModels.parse("{\"models\": []}", UpstreamLimits.defaults())).hasMessageContaining("'data'");
        assertThatThrownBy(() -> ModelsDevCatalog.parse("[]", UpstreamLimits.defaults())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelsDevCatalog.parse("", UpstreamLimits.defaults())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pricesAreRoundedToTheCatalogsEightDecimalsAndNegativeOnesAreUnknown() {
        FeedEntry e = new FeedEntry("litellm", "k", "openai", "k", null, new java.math.BigDecimal("0.0000000123456"),
                new java.math.BigDecimal("-1"), 0, -5, null, null, null, null, null, null, null);
        assertThat(e.inputCostPer1k()).isEqualByComparingTo("0.00000001");
        assertThat(e.outputCostPer1k()).isNull();
        assertThat(e.contextWindow()).isNull();
        assertThat(e.maxOutput()).isNull();
    }
}
