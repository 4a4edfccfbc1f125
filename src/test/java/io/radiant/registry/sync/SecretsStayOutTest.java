package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.CapturedLogs;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A secret set as a provider key, sent to providers that fail in every way — some echoing the key back in
 * their error bodies — appears nowhere in the captured logs (INFO and up, Camel included), the sync log,
 * the events, the review queue or the health records.
 */
@TestPropertySource(properties = {
        "SECRET_OPENAI_KEY=sk-live-SECRET-0penai-9a8b7c6d5e",
        "SECRET_GOOGLE_KEY=AIzaSECRETgoogle1234567890abcdef",
        "SECRET_ANTHROPIC_KEY=sk-ant-SECRET-anthropic-55aa66bb",
        "registry.discovery.max-retries=1",
        "logging.level.org.apache.camel=INFO"
})
class SecretsStayOutTest extends RegistryIntegrationTest {

    private static final List<String> SECRETS = List.of("sk-live-SECRET-0penai-9a8b7c6d5e",
            "AIzaSECRETgoogle1234567890abcdef", "sk-ant-SECRET-anthropic-55aa66bb");

    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keysNeverReachLogsSyncLogEventsOrStoredErrors() {
        jdbc.update("UPDATE providers SET enabled = false");
        provider("x-echo401", "openai-compatible", "SECRET_OPENAI_KEY", "/v1");
        provider("x-echo500", "openai-compatible", "SECRET_OPENAI_KEY", "/v1");
        provider("x-google", "google", "SECRET_GOOGLE_KEY", "/v1beta");
        provider("x-anthropic", "anthropic", "SECRET_ANTHROPIC_KEY", "/v1");
        provider("x-garbage", "openai-compatible", "SECRET_OPENAI_KEY", "/v1");
        providers.stubFor(get(urlPathEqualTo("/x-echo401/v1/models")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-live-SECRET-0penai-9a8b7c6d5e\"}}")));
        providers.stubFor(get(urlPathEqualTo("/x-echo500/v1/models")).willReturn(aResponse().withStatus(500)
                .withBody("upstream said: Authorization: Bearer sk-live-SECRET-0penai-9a8b7c6d5e")));
        providers.stubFor(get(urlPathEqualTo("/x-google/v1beta/models")).willReturn(aResponse().withStatus(400)
                .withBody(Fixtures.read("errors/google-400-invalid-key.json")
                        .replace("API key not valid.", "API key AIzaSECRETgoogle1234567890abcdef not valid."))));
        providers.stubFor(get(urlPathEqualTo("/x-anthropic/v1/models"))
                .willReturn(okJson(Fixtures.read("providers/anthropic/models-page2.json"))));
        providers.stubFor(get(urlPathEqualTo("/x-garbage/v1/models"))
                .willReturn(okJson("{\"data\": \"sk-live-SECRET-0penai-9a8b7c6d5e\" ")));

        CapturedLogs logs = CapturedLogs.start();
        try (logs) {
            SyncRuns syncs = new SyncRuns(producer, jdbc);
            syncs.run("full");
            syncs.run("health");
        }

        // the keys were really used, in headers …
        providers.verify(getRequestedFor(urlPathEqualTo("/x-echo401/v1/models"))
                .withHeader("Authorization", equalTo("Bearer sk-live-SECRET-0penai-9a8b7c6d5e")));
        providers.verify(getRequestedFor(urlPathEqualTo("/x-google/v1beta/models"))
                .withHeader("x-goog-api-key", equalTo("AIzaSECRETgoogle1234567890abcdef")));
        // … never in a URL
        for (LoggedRequest request : providers.findAll(anyRequestedFor(anyUrl()))) {
            assertNoSecret("request URL", request.getUrl());
        }
        // the failures were logged, without the keys
        assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("x-echo401") && m.contains("HTTP 401"))
                .anyMatch(m -> m.contains("x-echo500") && m.contains("HTTP 500"));
        for (ILoggingEvent event : logs.events()) {
            assertNoSecret("log message of " + event.getLoggerName(), event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                assertNoSecret("logged exception", ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            assertNoSecret("log MDC", String.valueOf(event.getMDCPropertyMap()));
        }
        List<String> stored = new ArrayList<>();
        stored.addAll(jdbc.queryForList("SELECT row_to_json(l)::text FROM registry_sync_log l", String.class));
        stored.addAll(jdbc.queryForList("SELECT row_to_json(e)::text FROM event_outbox e", String.class));
        stored.addAll(jdbc.queryForList("SELECT row_to_json(r)::text FROM model_review_queue r", String.class));
        stored.addAll(jdbc.queryForList("SELECT row_to_json(h)::text FROM provider_health h", String.class));
        stored.addAll(jdbc.queryForList("SELECT row_to_json(s)::text FROM provider_health_samples s", String.class));
        assertThat(String.join("\n", stored)).contains("x-echo401").contains("HTTP 401");
        for (String row : stored) {
            assertNoSecret("stored row", row);
        }
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertThat(text).as(where).doesNotContain(secret);
        }
    }

    private void provider(String id, String kind, String keyVariable, String version) {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) VALUES (?, ?, ?, ?, ?)",
                id, id, "http://localhost:" + providers.getPort() + "/" + id + version, kind, keyVariable);
    }
}
