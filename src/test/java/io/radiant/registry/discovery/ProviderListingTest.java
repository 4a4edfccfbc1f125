package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.UpstreamLimits;
import org.junit.jupiter.api.Test;

class ProviderListingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anthropicListingAsksForTheNextPageAfterTheLastIdAndIsCompleteAtTheEnd() {
        ProviderListing listing = new ProviderListing("anthropic", "https://api.anthropic.com/v1/",
                new AnthropicListParser(), "limit", "after_id", 100, 10, JSON, UpstreamLimits.defaults());

        assertThat(listing.getModelsUrl()).isEqualTo("https://api.anthropic.com/v1/models");
        assertThat(listing.isMorePages()).isTrue();
        assertThat(listing.getNextQuery()).isEqualTo("limit=100");

        listing.accept(Fixtures.read("providers/anthropic/models-page1.json"));
        assertThat(listing.isMorePages()).isTrue();
        assertThat(listing.getNextQuery()).isEqualTo("limit=100&after_id=claude-sonnet-4-20250514");

        listing.accept(Fixtures.read("providers/anthropic/models-page2.json"));
        assertThat(listing.isMorePages()).isFalse();
        assertThat(listing.isComplete()).isTrue();
        assertThat(listing.getModelCount()).isEqualTo(4);
        assertThat(listing.getPages()).isEqualTo(2);
    }

    @Test
    void googlePageTokenIsUrlEncoded() {
        ProviderListing listing = new ProviderListing("google", "https://g.example/v1beta", new GoogleListParser(),
                "pageSize", "pageToken", 50, 10, JSON, UpstreamLimits.defaults());
        listing.accept("{\"models\":[{\"name\":\"models/a\"}],\"nextPageToken\":\"a+b/c=\"}");

        assertThat(listing.getNextQuery()).isEqualTo("pageSize=50&pageToken=a%2Bb%2Fc%3D");
    }

    @Test
    void aListingWithoutPagingIsCompleteAfterOneAnswer() {
        ProviderListing listing = new ProviderListing("openai", "https://api.openai.com/v1", new OpenAiCompatibleListParser(),
                "", "", 100, 10, JSON, UpstreamLimits.defaults());

        assertThat(listing.getNextQuery()).isEmpty();
        listing.accept(Fixtures.read("providers/openai/models.json"));

        assertThat(listing.isMorePages()).isFalse();
        assertThat(listing.isComplete()).isTrue();
        assertThat(listing.getModelsJson()).contains("\"model_id\":\"gpt-4o\"");
    }

    @Test
    void hittingThePageLimitLeavesAPartialListing() {
        ProviderListing listing = new ProviderListing("cohere", "https://c.example/v1", new CohereListParser(),
                "page_size", "page_token", 2, 1, JSON, UpstreamLimits.defaults());

        listing.accept(Fixtures.read("providers/cohere/models-page1.json"));

        assertThat(listing.isMorePages()).isFalse();
        assertThat(listing.isComplete()).isFalse();
        assertThat(listing.getPartialReason()).contains("1 pages");
    }

    @Test
    void aRepeatedCursorStopsTheLoopAsPartial() {
        ProviderListing listing = new ProviderListing("google", "https://g.example/v1beta", new GoogleListParser(),
                "pageSize", "pageToken", 50, 10, JSON, UpstreamLimits.defaults());
        String page = "{\"models\":[{\"name\":\"models/a\"}],\"nextPageToken\":\"same\"}";

        listing.accept(page);
        listing.accept(page);

        assertThat(listing.isMorePages()).isFalse();
        assertThat(listing.isComplete()).isFalse();
        assertThat(listing.getModelCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAFormatError() {
        ProviderListing listing = new ProviderListing("openai", "https://x.example/v1", new OpenAiCompatibleListParser(),
                "", "", 100, 10, JSON, UpstreamLimits.defaults());

        assertThatThrownBy(() -> listing.accept("{\"data\": [")).isInstanceOf(ModelListFormatException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> listing.accept("")).isInstanceOf(ModelListFormatException.class);
    }
}
