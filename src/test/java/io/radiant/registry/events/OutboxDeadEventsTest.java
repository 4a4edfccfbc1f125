package io.radiant.registry.events;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.radiant.registry.support.AwsStandIn;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * An event EventBridge refuses for good, in front of the outbox: an EventBridge stand-in that answers each entry
 * as the real service does (an entry whose detail it cannot take gets an ErrorCode, the others an EventId, in one
 * answer with FailedEntryCount). The refused entry is tried max-refused-attempts times, then dead; every event
 * behind it is published at its first attempt; throttling is not a refusal.
 */
@TestPropertySource(properties = {
        "registry.events.relay-enabled=true",
        "registry.events.max-refused-attempts=3",
        "registry.admin-token=" + OutboxDeadEventsTest.TOKEN
})
class OutboxDeadEventsTest extends RegistryIntegrationTest {

    static final String TOKEN = "dead-events-admin-token-5";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Entries whose detail holds "refuse-me" are refused (MalformedDetail); "throttle-me" are throttled. */
    static final class EntryByEntry implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
                ArrayNode results = JSON.createArrayNode();
                int failed = 0;
                for (JsonNode entry : request.get("Entries")) {
                    String detail = entry.get("Detail").asText();
                    ObjectNode result = results.addObject();
                    if (detail.contains("refuse-me")) {
                        result.put("ErrorCode", "MalformedDetail").put("ErrorMessage", "Detail is malformed.");
                        failed++;
                    } else if (detail.contains("throttle-me")) {
                        result.put("ErrorCode", "ThrottlingException").put("ErrorMessage", "Rate exceeded");
                        failed++;
                    } else {
                        result.put("EventId", UUID.randomUUID().toString());
                    }
                }
                ObjectNode answer = JSON.createObjectNode().put("FailedEntryCount", failed);
                answer.set("Entries", results);
                return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                        .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(answer.toString()).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getName() {
            return "eventbridge-entry-by-entry";
        }
    }

    @RegisterExtension
    static final WireMockExtension eventBridge = AwsStandIn.extension(new EntryByEntry());

    static {
        AwsStandIn.credentials("test-access-key", "test-secret-key");
    }

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        AwsStandIn.endpoint(registry, eventBridge);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void answerEntryByEntry() {
        eventBridge.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(ResponseDefinitionBuilder.okForEmptyJson()));
        jdbc.update("UPDATE event_outbox SET published_at = now() WHERE published_at IS NULL AND dead_at IS NULL");
    }

    @Test
    void anEntryRefusedForGoodGoesDeadAfterThreeAttemptsAndNeverDelaysTheEventsBehindIt() {
        String refused = event("refuse-me");
        List<String> behind = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            behind.add(event("fine-" + i));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT dead_at IS NOT NULL FROM event_outbox WHERE detail->>'marker' = ?", Boolean.class, refused)).isTrue());

        // the events behind it each went out at their first attempt, in the same calls as the refused one
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail->>'marker' = ANY(?) "
                + "AND published_at IS NOT NULL AND attempts = 1", Integer.class, (Object) behind.toArray(String[]::new)))
                .isEqualTo(24);
        assertThat(jdbc.queryForMap("SELECT attempts, published_at, last_error FROM event_outbox WHERE detail->>'marker' = ?",
                refused)).containsEntry("attempts", 3).containsEntry("published_at", null)
                .containsEntry("last_error", "MalformedDetail: Detail is malformed.");
        List<String> sent = sentDetails();
        assertThat(sent.stream().filter(d -> d.contains(refused)).count()).as("tried three times, then never again").isEqualTo(3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(sentDetails().stream().filter(d -> d.contains(refused)).count()).isEqualTo(3));

        // the console's figures (GET …/stats) count it apart from the pending ones
        Http.Answer stats = new Http(port).get("/api/v2/admin/registry/stats", "Authorization", "Bearer " + TOKEN);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().get("outboxDeadCount").asInt()).isEqualTo(1);
        assertThat(stats.json().get("outboxPendingCount").asInt()).isZero();
    }

    @Test
    void throttlingIsNotARefusalTheEntryIsRetriedUntilItGoesThrough() {
        String throttled = event("throttle-me");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT attempts FROM event_outbox WHERE detail->>'marker' = ?", Integer.class, throttled))
                .isGreaterThan(4));
        assertThat(jdbc.queryForObject("SELECT dead_at FROM event_outbox WHERE detail->>'marker' = ?", Object.class, throttled))
                .isNull();

        // once EventBridge takes it (here: its detail no longer asks to be throttled), it is published
        String accepted = "accepted-" + throttled;
        jdbc.update("UPDATE event_outbox SET detail = jsonb_build_object('marker', CAST(? AS text)) "
                + "WHERE detail->>'marker' = ?", accepted.replace("throttle-me", "was-throttled"), throttled);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_outbox WHERE detail->>'marker' = ? AND published_at IS NOT NULL AND dead_at IS NULL",
                Integer.class, accepted.replace("throttle-me", "was-throttled"))).isEqualTo(1));
    }

    private String event(String marker) {
        String value = marker + "-" + UUID.randomUUID();
        jdbc.update("INSERT INTO event_outbox (detail_type, detail) VALUES ('RegistrySyncCompleted', "
                + "jsonb_build_object('marker', CAST(? AS text)))", value);
        return value;
    }

    private List<String> sentDetails() {
        List<String> details = new ArrayList<>();
        for (ServeEvent call : eventBridge.getAllServeEvents()) {
            try {
                JSON.readTree(call.getRequest().getBodyAsString()).get("Entries")
                        .forEach(e -> details.add(e.get("Detail").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return details;
    }
}
