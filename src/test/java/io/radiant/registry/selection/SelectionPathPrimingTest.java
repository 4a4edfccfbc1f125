package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The start's priming of the selection path, on the whole service: readiness waits until the instance has sent
 * its own explain endpoint the configured requests over HTTP, and priming leaves no trace an operator could
 * mistake for traffic: no selection counted, no warm-up asked for (the shipped catalog's self-hosted models are
 * COLD, and half the priming criteria prefer them).
 */
@TestPropertySource(properties = {"registry.selection.priming-requests=400",
        "registry.admin-token=" + SelectionPathPrimingTest.TOKEN})
class SelectionPathPrimingTest extends RegistryIntegrationTest {

    /** Readiness shows its components (why it is DOWN) to the admin only. */
    static final String TOKEN = "priming-test-admin-token-64";

    @LocalServerPort
    int port;
    @Autowired
    SelectionPathPriming priming;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readinessWaitsForThePrimingRequestsWhichLeaveNoTrace() {
        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            JsonNode readiness = http.get("/actuator/health/readiness", "Authorization", "Bearer " + TOKEN).json();
            if (!priming.isDone()) {
                // while priming, readiness says so
                assertThat(readiness.get("status").asText()).isEqualTo("DOWN");
                assertThat(readiness.at("/components/selection/details/reason").asText())
                        .isEqualTo("priming the selection path");
            }
            assertThat(readiness.get("status").asText()).isEqualTo("UP");
        });

        assertThat(priming.answered()).isEqualTo(400);
        assertThat(meters.get("http.server.requests").tag("uri", "/api/v2/registry/select/explain")
                .tag("status", "200").timer().count()).isEqualTo(400);
        assertThat(meters.get("registry.selections").counters())
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM thermal_states WHERE warmup_requested_at IS NOT NULL "
                + "OR target_state IS NOT NULL", Integer.class)).isZero();
        // the path it primed answers
        assertThat(http.postJson("/api/v2/registry/select",
                "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":5}")
                .status()).isEqualTo(200);
    }
}
