package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The seeded ElevenLabs, Deepgram and Stability rows discovered through their own list shapes and auth headers
 * (WireMock stands in for each API): new ids are queued for review, nothing curated is deprecated although each
 * list names only part of the provider's catalog.
 */
@TestPropertySource(properties = {"ELEVENLABS_API_KEY=xi-test-5d1e", "DEEPGRAM_API_KEY=dg-test-90ab",
        "STABILITY_API_KEY=sk-stab-test-33c4"})
class SpeechAndImageDiscoveryTest extends RegistryIntegrationTest {

    @RegisterExtension
    static WireMockExtension apis = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachListIsReadWithItsAuthAndNewIdsAreQueuedWithoutDeprecatingTheCuratedOnes() {
        String base = "http://localhost:" + apis.getPort();
        jdbc.update("UPDATE providers SET enabled = id IN ('elevenlabs', 'deepgram', 'stability')");
        jdbc.update("UPDATE providers SET api_base_url = ? || '/' || id || '/v1' WHERE id IN ('elevenlabs', 'deepgram', 'stability')", base);
        apis.stubFor(get(urlPathEqualTo("/elevenlabs/v1/models")).withHeader("xi-api-key", equalTo("xi-test-5d1e"))
                .willReturn(okJson(Fixtures.read("providers/elevenlabs/models.json"))));
        apis.stubFor(get(urlPathEqualTo("/deepgram/v1/models")).withHeader("Authorization", equalTo("Token dg-test-90ab"))
                .willReturn(okJson(Fixtures.read("providers/deepgram/models.json"))));
        apis.stubFor(get(urlPathEqualTo("/stability/v1/engines/list"))
                .withHeader("Authorization", equalTo("Bearer sk-stab-test-33c4"))
                .willReturn(okJson(Fixtures.read("providers/stability/engines.json"))));

        Map<String, Object> log = new SyncRuns(producer, jdbc).run("full");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(log.get("providers_updated")).isEqualTo(3);
        assertThat(log.get("models_deprecated")).isEqualTo(0);
        assertThat(pending("elevenlabs")).containsExactlyInAnyOrder("eleven_v3", "eleven_multilingual_sts_v2");
        assertThat(pending("deepgram")).containsExactly("aura-2-thalia-en");
        assertThat(pending("stability")).containsExactlyInAnyOrder("stable-diffusion-xl-1024-v1-0", "stable-diffusion-v1-6");
        // Scribe (speech-to-text) and the v2beta image services are not in these lists and stay in the catalog
        assertThat(jdbc.queryForList("SELECT model_id FROM models WHERE deprecated AND provider_id IN "
                + "('elevenlabs', 'deepgram', 'stability')", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'deprecation'", Integer.class))
                .isZero();
        assertThat((String) log.get("errors")).contains("stability: partial model list");
    }

    private List<String> pending(String providerId) {
        return jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = ? AND kind = 'new_model' "
                + "AND status = 'pending'", String.class, providerId);
    }
}
