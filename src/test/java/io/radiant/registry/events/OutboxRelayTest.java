package io.radiant.registry.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.AwsStandIn;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The relay against an EventBridge stand-in (WireMock at AWS_ENDPOINT_URL): an outage, then recovery;
 * a partial failure. Every event must arrive, none twice.
 */
@TestPropertySource(properties = {"registry.events.relay-enabled=true", "registry.events.bus-name=registry-test-bus"})
class OutboxRelayTest extends RegistryIntegrationTest {

    @RegisterExtension
    static final WireMockExtension aws = AwsStandIn.extension();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        AwsStandIn.credentials("test-access-key", "test-secret-key");
    }

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        AwsStandIn.endpoint(registry, aws);
    }

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyOutbox() {
        aws.stubFor(putEvents().willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"ServiceUnavailableException\",\"message\":\"down\"}")));
        jdbc.update("UPDATE event_outbox SET published_at = now() WHERE published_at IS NULL");
    }

    @Test
    void anOutageOfSeveralRelayAttemptsLosesNothingAndDeliversEachEventOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add(outboxEvent("RegistrySyncCompleted", i));
        }

        // down: every claimed row is attempted and pushed back, several times, and none is published
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT MIN(attempts) FROM event_outbox WHERE published_at IS NULL", Integer.class)).isGreaterThanOrEqualTo(3));
        assertThat(unpublished()).isEqualTo(23);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL AND last_error LIKE "
                + "'PutEvents failed%'", Integer.class)).isEqualTo(23);

        // up again
        aws.stubFor(putEvents().willReturn(okAnswer()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(unpublished()).isZero());

        List<JsonNode> delivered = deliveredEntries();
        assertThat(delivered).hasSize(23);
        assertThat(delivered.stream().map(e -> e.get("Detail").asText()).distinct().count()).isEqualTo(23);
        for (JsonNode entry : delivered) {
            assertThat(entry.get("Source").asText()).isEqualTo("radiant.registry");
            assertThat(entry.get("EventBusName").asText()).isEqualTo("registry-test-bus");
            assertThat(entry.get("DetailType").asText()).isEqualTo("RegistrySyncCompleted");
        }
        for (ServeEvent call : accepted()) {
            assertThat(entries(call)).hasSizeLessThanOrEqualTo(10);
        }
    }

    @Test
    void aPartialFailureRetriesOnlyTheFailedEntry() {
        aws.stubFor(putEvents().inScenario("partial").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(Fixtures.read("aws/eventbridge-putevents-response-partial.json")))
                .willSetStateTo("healthy"));
        aws.stubFor(putEvents().inScenario("partial").whenScenarioStateIs("healthy").willReturn(okAnswer()));
        String first = outboxEvent("ModelDiscovered", 1);
        String second = outboxEvent("ModelDiscovered", 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(unpublished()).isZero());

        List<ServeEvent> calls = aws.getAllServeEvents().stream()
                .filter(e -> e.getResponse().getStatus() == 200).toList();
        assertThat(calls).hasSize(2);
        List<String> details = new ArrayList<>();
        for (ServeEvent call : calls) {
            entries(call).forEach(e -> details.add(e.get("Detail").asText()));
        }
        // call 1 carried both; the second entry failed and call 2 carried only that one
        assertThat(details).hasSize(3);
        assertThat(details.stream().filter(d -> d.contains(first)).count()).isEqualTo(1);
        assertThat(details.stream().filter(d -> d.contains(second)).count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT attempts FROM event_outbox WHERE detail->>'marker' = ?", Integer.class, second))
                .isEqualTo(2);
    }

    private static MappingBuilder putEvents() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"FailedEntryCount\":0,\"Entries\":[]}");
    }

    private String outboxEvent(String detailType, int n) {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> detail = new HashMap<>();
        detail.put("marker", marker);
        detail.put("n", n);
        try {
            jdbc.update("INSERT INTO event_outbox (detail_type, detail) VALUES (?, ?::jsonb)", detailType,
                    JSON.writeValueAsString(detail));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return marker;
    }

    private int unpublished() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL", Integer.class);
    }

    private List<ServeEvent> accepted() {
        return aws.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 200).toList();
    }

    private List<JsonNode> deliveredEntries() {
        List<JsonNode> all = new ArrayList<>();
        accepted().forEach(call -> all.addAll(entries(call)));
        return all;
    }

    private static List<JsonNode> entries(ServeEvent call) {
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(call.getRequest().getBodyAsString()).get("Entries").forEach(out::add);
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
