package io.radiant.registry.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.discovery.DiscoveredModel;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.discovery.ModelListFormatException;
import io.radiant.registry.discovery.ProviderListing;
import io.radiant.registry.discovery.ProviderListings;
import io.radiant.registry.pricing.FeedEntry;
import io.radiant.registry.pricing.FeedFormatException;
import io.radiant.registry.pricing.FeedReading;
import io.radiant.registry.pricing.LiteLlmCostMap;
import io.radiant.registry.pricing.ModelsDevCatalog;
import io.radiant.registry.pricing.OpenRouterModels;
import io.radiant.registry.support.UpstreamLimits;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each feed and list parser given hostile entries beside good ones: the good ones are read, the bad refused. */
class HostileParsersTest {

    private static final UpstreamParseProperties LIMITS = UpstreamLimits.defaults();

    @Test
    void liteLlmAppliesTheGoodEntryAndRefusesTheThreeGarbledOnes() {
        FeedReading reading = LiteLlmCostMap.parse("""
                {"gpt-4.1-nano": {"input_cost_per_token": 1e-7, "litellm_provider": "openai", "mode": "chat"},
                 "gpt-4o-mini": {"input_cost_per_token": 1000, "max_input_tokens": 128000, "litellm_provider": "openai"},
                 "o3-mini": {"deprecation_date": "2025-02-30", "litellm_provider": "openai"},
                 "%s": {"input_cost_per_token": 1e-6, "litellm_provider": "openai"}}
                """.formatted("openai/" + "k".repeat(250)), LIMITS);

        Map<String, FeedEntry> entries = reading.entries().stream().collect(Collectors.toMap(FeedEntry::feedId, Function.identity()));
        assertThat(reading.entriesRead()).isEqualTo(4);
        assertThat(entries).containsOnlyKeys("gpt-4.1-nano", "gpt-4o-mini", "o3-mini");
        assertThat(entries.get("gpt-4.1-nano").inputCostPer1k()).isEqualByComparingTo("0.0001");
        // the refused price costs that value only: the entry's other values are kept
        assertThat(entries.get("gpt-4o-mini").inputCostPer1k()).isNull();
        assertThat(entries.get("gpt-4o-mini").contextWindow()).isEqualTo(128000);
        assertThat(entries.get("o3-mini").deprecationDate()).isNull();
        assertThat(reading.refused().byReason()).isEqualTo(Map.of("price-above-ceiling", 1, "not-a-date", 1, "id-too-long", 1));
    }

    @Test
    void modelsDevAndOpenRouterRefuseValuesAndEntriesOneByOne() {
        FeedReading dev = ModelsDevCatalog.parse("""
                {"openai": {"models": {
                   "gpt-4o": {"name": "GPT-4o", "cost": {"input": 2.5, "output": -1}, "limit": {"context": 1e400},
                              "modalities": {"input": ["text", "image", "text"], "output": ["text"]}},
                   "%s": {"cost": {"input": 1}},
                   "odd": {"name": {"nested": true}, "cost": {"input": "1e-30000000"}}}}}
                """.formatted("m".repeat(201)), LIMITS);
        Map<String, FeedEntry> byId = dev.entries().stream().collect(Collectors.toMap(FeedEntry::modelId, Function.identity()));
        assertThat(byId).containsOnlyKeys("gpt-4o", "odd");
        assertThat(byId.get("gpt-4o").inputCostPer1k()).isEqualByComparingTo("0.0025");
        assertThat(byId.get("gpt-4o").outputCostPer1k()).isNull();
        assertThat(byId.get("gpt-4o").contextWindow()).isNull();
        assertThat(byId.get("gpt-4o").inputModalities()).containsExactly("text", "image");
        assertThat(dev.refused().byReason()).isEqualTo(Map.of("negative-price", 1, "exponent-out-of-range", 2,
                "id-too-long", 1, "not-text", 1));

        FeedReading router = OpenRouterModels.parse("""
                {"data": [{"id": "openai/gpt-4o", "name": "OpenAI: GPT-4o", "pricing": {"prompt": "0.0000025", "completion": "x"},
                           "expiration_date": "2026-13-01", "context_length": -5},
                          {"id": 42}, "not an object", null]}
                """, LIMITS);
        assertThat(router.entriesRead()).isEqualTo(1);
        assertThat(router.entries()).extracting(FeedEntry::providerId).containsExactly("openrouter", "openai");
        assertThat(router.entries().get(1).displayName()).isEqualTo("GPT-4o");
        assertThat(router.entries().get(0).inputCostPer1k()).isEqualByComparingTo("0.0025");
        // counted once, under the OpenRouter entry, although the vendor's copy reads the same values
        assertThat(router.refused().byReason()).isEqualTo(Map.of("not-a-number", 1, "not-a-date", 1, "not-a-token-count", 1));
    }

    @Test
    void theRealFeedsAreReadWithoutAnyRefusal() {
        // the bounds are for hostile answers: today's real feeds must pass them untouched
        assertThat(LiteLlmCostMap.parse(Fixtures.read("real/litellm-cost-map-2026-07-subset.json"), LIMITS).refused().count()).isZero();
        assertThat(ModelsDevCatalog.parse(Fixtures.read("real/models-dev-catalog.json"), LIMITS).refused().count()).isZero();
        assertThat(OpenRouterModels.parse(Fixtures.read("feeds/openrouter-models.json"), LIMITS).refused().count()).isZero();
    }

    @Test
    void aFeedThatIsNotItsShapeIsUnreadableWithAnEscapedReason() {
        assertThatThrownBy(() -> LiteLlmCostMap.parse("{\"a\u001b\": ", LIMITS))
                .isExactlyInstanceOf(FeedFormatException.class).hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> ModelsDevCatalog.parse("[".repeat(100) + "]".repeat(100), LIMITS))
                .isExactlyInstanceOf(FeedFormatException.class).hasMessageContaining("parsing limit");
    }

    @Test
    void anEndlessPageCursorEndsTheListingAsPartial() {
        ProviderListing listing = ProviderListings.read("google",
                "{\"models\":[{\"name\":\"models/a\"}],\"nextPageToken\":\"" + "c".repeat(5000) + "\"}", LIMITS, "pageSize", "pageToken");
        assertThat(listing.isMorePages()).isFalse();
        assertThat(listing.isComplete()).isFalse();
        assertThat(listing.getPartialReason()).contains("cursor is longer than");
    }

    @Test
    void everyListKindReadsTheGoodEntriesAndRefusesTheOthersWithoutDeprecatingAnything() {
        String longId = "x".repeat(151);
        Map<String, String> bodies = Map.of(
                "openai-compatible", "{\"data\":[{\"id\":\"good\",\"context_length\":\"1e400\"},{\"id\":\"" + longId + "\"},{\"object\":1}]}",
                "anthropic", "{\"data\":[{\"id\":\"good\"},{\"id\":\"" + longId + "\"}],\"has_more\":false}",
                "google", "{\"models\":[{\"name\":\"models/good\",\"inputTokenLimit\":-1},{\"name\":\"" + longId + "\"}]}",
                "cohere", "{\"models\":[{\"name\":\"good\",\"endpoints\":\"chat\"},{\"name\":7}]}",
                "elevenlabs", "[{\"model_id\":\"good\",\"name\":\"" + "N".repeat(400) + "\"},{\"model_id\":\"" + longId + "\"}]",
                "deepgram", "{\"stt\":[{\"architecture\":\"good\"},{\"architecture\":\"" + longId + "\"}],\"tts\":[{\"name\":1}]}",
                "stability", "[{\"id\":\"good\",\"type\":\"PICTURE\"},{\"id\":[1]}]");
        bodies.forEach((kind, body) -> {
            ProviderListing listing = ProviderListings.read(kind, body, LIMITS);
            assertThat(listing.getModels()).as(kind).extracting(DiscoveredModel::modelId).containsExactly("good");
            assertThat(listing.isComplete()).as(kind).isFalse();
            assertThat(listing.getRefused().entries()).as(kind).isPositive();
        });
        assertThat(ProviderListings.read("elevenlabs", bodies.get("elevenlabs"), LIMITS).getModels().get(0).displayName())
                .hasSize(255);
        assertThatThrownBy(() -> ProviderListings.read("anthropic", "{\"data\":[{\"id\":\"" + longId + "\"}]}", LIMITS))
                .isExactlyInstanceOf(ModelListFormatException.class).hasMessageContaining("no readable entry");
    }
}
