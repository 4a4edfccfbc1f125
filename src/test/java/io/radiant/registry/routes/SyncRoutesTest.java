package io.radiant.registry.routes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.radiant.registry.discovery.DiscoveryProperties;
import io.radiant.registry.discovery.ProviderOutcome;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * The sync routes as routes: a scheduled firing (its quartz consumer replaced by a direct: endpoint, so no test
 * waits for a cron) runs through trigger, run and completion; provider failures become outcomes of one
 * provider without failing the sync; the outbox relay marks what EventBridge accepted (the EventBridge call
 * replaced by a mock endpoint that answers as EventBridge does). Real PostgreSQL, real HTTP to WireMock.
 */
@TestPropertySource(properties = "ROUTES_TEST_KEY=sk-routes-test-6d2e")
class SyncRoutesTest extends RegistryIntegrationTest {

    /** What the lifecycle once carried in headers; none may appear on a sync's message or in a provider request. */
    private static final List<String> LIFECYCLE_NAMES =
            List.of("syncid", "synctype", "synctrigger", "syncdispatch", "instanceid", "leaseowner", "runningsyncid");

    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DiscoveryProperties discovery;

    @Test
    void aScheduledFiringRunsTheSyncThroughTriggerAndRunToItsCompletion() throws Exception {
        AdviceWith.adviceWith(camel, "schedule-pricing-sync", a -> a.replaceFromWith("direct:fire-pricing-schedule"));
        AdviceWith.adviceWith(camel, "sync-complete", a -> a.weaveAddFirst().to("mock:sync-complete"));
        MockEndpoint complete = camel.getEndpoint("mock:sync-complete", MockEndpoint.class);
        complete.expectedMessageCount(1);
        // the sync runs on an exchange of its own (a wire tap of the trigger's): done once it has been through sync-complete
        NotifyBuilder done = new NotifyBuilder(camel).wereSentTo("direct:sync-complete").whenDone(1).create();

        Map<String, Object> firing = new HashMap<>();
        producer.sendBodyAndHeaders("direct:fire-pricing-schedule", null,
                Map.of("mergedJobDataMap", firing, "scheduledFireTime", new Date()));

        assertThat(done.matches(30, TimeUnit.SECONDS)).as("the pricing sync reached sync-complete").isTrue();
        complete.assertIsSatisfied();
        assertThat(firing).as("the firing is marked as handed over").containsValue(Boolean.TRUE);

        Exchange atCompletion = complete.getReceivedExchanges().get(0);
        Map<?, ?> sync = atCompletion.getVariable("sync", Map.class);
        assertThat(sync).as("the variable sync, set once by the claim").isNotNull();
        assertThat(sync.get("type")).isEqualTo("pricing");
        assertThat(sync.get("trigger")).isEqualTo("schedule");
        assertThat(atCompletion.getMessage().getHeaders().keySet())
                .as("no lifecycle state rides in the headers of a sync")
                .noneMatch(name -> LIFECYCLE_NAMES.contains(name.toLowerCase(Locale.ROOT)));

        String syncId = (String) sync.get("id");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT status, trigger, lease_owner FROM registry_sync_log WHERE id = ?::uuid", syncId);
        assertThat(row.get("status")).isEqualTo("completed");
        assertThat(row.get("trigger")).isEqualTo("schedule");
        assertThat(row.get("lease_owner")).isEqualTo(sync.get("lease"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE sync_id = ?::uuid "
                + "AND detail_type = 'RegistrySyncCompleted'", Integer.class, syncId)).isEqualTo(1);
    }

    @Test
    void providerFailuresBecomeThatProvidersOutcomeAndTheSyncStillCompletes() throws Exception {
        jdbc.update("UPDATE providers SET enabled = false");
        provider("routes-down");
        provider("routes-refused");
        providers.stubFor(get(urlPathEqualTo("/routes-down/v1/models")).willReturn(aResponse().withStatus(503)));
        providers.stubFor(get(urlPathEqualTo("/routes-refused/v1/models")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));
        AdviceWith.adviceWith(camel, "sync-provider", a -> a.weaveAddLast().to("mock:provider-outcome"));
        MockEndpoint outcomes = camel.getEndpoint("mock:provider-outcome", MockEndpoint.class);
        outcomes.expectedMessageCount(2);
        // the sync runs on an exchange of its own (a wire tap of the trigger's): done once it has been through sync-complete
        NotifyBuilder done = new NotifyBuilder(camel).wereSentTo("direct:sync-complete").whenDone(1).create();

        Map<?, ?> answer = SyncRuns.request(producer, Map.of("syncType", "full", "syncTrigger", "api"));

        assertThat(done.matches(60, TimeUnit.SECONDS)).as("the full sync reached sync-complete").isTrue();
        outcomes.assertIsSatisfied();
        Map<String, ProviderOutcome> byProvider = new HashMap<>();
        outcomes.getReceivedExchanges().forEach(e -> {
            ProviderOutcome outcome = e.getMessage().getBody(ProviderOutcome.class);
            byProvider.put(outcome.providerId(), outcome);
        });
        assertThat(byProvider.get("routes-down").status()).isEqualTo(ProviderOutcome.Status.FAILED);
        assertThat(byProvider.get("routes-down").error()).as("503 after its retries").contains("503");
        assertThat(byProvider.get("routes-refused").status()).isEqualTo(ProviderOutcome.Status.FAILED);
        assertThat(byProvider.get("routes-refused").error()).as("401, not retried").contains("401");

        providers.verify(1 + discovery.maxRetries(), getRequestedFor(urlPathEqualTo("/routes-down/v1/models")));
        providers.verify(1, getRequestedFor(urlPathEqualTo("/routes-refused/v1/models")));
        for (LoggedRequest request : providers.findAll(getRequestedFor(urlPathEqualTo("/routes-down/v1/models")))) {
            assertThat(request.getHeaders().keys()).as("a provider request carries none of the sync's state")
                    .noneMatch(name -> LIFECYCLE_NAMES.contains(name.toLowerCase(Locale.ROOT)));
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-routes-test-6d2e");
        }

        Map<String, Object> row = jdbc.queryForMap("SELECT status, array_to_string(errors, '\n') AS errors "
                + "FROM registry_sync_log WHERE id = ?::uuid", answer.get("syncId"));
        assertThat(row.get("status")).as("failing providers never fail the sync").isEqualTo("completed");
        assertThat((String) row.get("errors")).contains("routes-down").contains("routes-refused")
                .doesNotContain("sk-routes-test-6d2e");
    }

    @Test
    void theOutboxRelayMarksWhatEventBridgeAcceptedAndRetriesTheRest() throws Exception {
        AdviceWith.adviceWith(camel, "outbox-publish-batch",
                a -> a.weaveByToUri("aws2-eventbridge:*").replace().to("mock:eventbridge"));
        MockEndpoint eventBridge = camel.getEndpoint("mock:eventbridge", MockEndpoint.class);
        // EventBridge accepts every entry but the second, which it throttles
        eventBridge.whenAnyExchangeReceived(exchange -> {
            PutEventsRequest request = exchange.getMessage().getBody(PutEventsRequest.class);
            List<PutEventsResultEntry> results = new java.util.ArrayList<>();
            for (int i = 0; i < request.entries().size(); i++) {
                results.add(i == 1
                        ? PutEventsResultEntry.builder().errorCode("ThrottlingException").errorMessage("Rate exceeded").build()
                        : PutEventsResultEntry.builder().eventId("evt-" + i).build());
            }
            exchange.getMessage().setBody(PutEventsResponse.builder().failedEntryCount(1).entries(results).build());
        });
        jdbc.update("UPDATE event_outbox SET published_at = now() WHERE published_at IS NULL");
        List<Long> ids = List.of(event(1), event(2), event(3));

        java.sql.Timestamp beforePass = jdbc.queryForObject("SELECT clock_timestamp()", java.sql.Timestamp.class);
        producer.sendBody("direct:outbox-relay-pass", null);

        eventBridge.expectedMessageCount(1);
        eventBridge.assertIsSatisfied();
        PutEventsRequest sent = eventBridge.getReceivedExchanges().get(0).getMessage().getBody(PutEventsRequest.class);
        assertThat(sent.entries()).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.source()).isEqualTo("radiant.registry");
            assertThat(entry.detailType()).isEqualTo("RegistrySyncCompleted");
        });
        assertThat(published(ids.get(0))).isTrue();
        assertThat(published(ids.get(1))).as("the throttled entry stays unpublished").isFalse();
        assertThat(published(ids.get(2))).isTrue();
        Map<String, Object> throttled = jdbc.queryForMap(
                "SELECT last_error, attempts, next_attempt_at > ? AS later FROM event_outbox WHERE id = ?", beforePass, ids.get(1));
        assertThat((String) throttled.get("last_error")).contains("ThrottlingException");
        assertThat(throttled.get("attempts")).isEqualTo(1);
        assertThat(throttled.get("later")).as("due again after a backoff from this pass").isEqualTo(Boolean.TRUE);
    }

    private void provider(String id) {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES (?, ?, ?, 'openai-compatible', 'ROUTES_TEST_KEY')",
                id, id, "http://localhost:" + providers.getPort() + "/" + id + "/v1");
    }

    private long event(int n) {
        return jdbc.queryForObject("INSERT INTO event_outbox (detail_type, detail) VALUES ('RegistrySyncCompleted', "
                + "jsonb_build_object('n', ?)) RETURNING id", Long.class, n);
    }

    private boolean published(long id) {
        return jdbc.queryForObject("SELECT published_at IS NOT NULL FROM event_outbox WHERE id = ?", Boolean.class, id);
    }
}
