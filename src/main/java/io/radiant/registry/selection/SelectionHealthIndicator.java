package io.radiant.registry.selection;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code selection} in /actuator/health and the readiness group: UP while this instance holds selection
 * data, even through a database outage (selection answers from it), once the start's priming of the selection
 * path is over; the details say how old the data is and whether the database answers.
 */
public class SelectionHealthIndicator extends AbstractHealthIndicator {

    private final SelectionData data;
    private final PendingWarmups pendingWarmups;
    private final SelectionPathPriming priming;
    private final Clock clock;

    public SelectionHealthIndicator(SelectionData data, PendingWarmups pendingWarmups, SelectionPathPriming priming,
                                    Clock clock) {
        super("Selection health check failed");
        this.data = data;
        this.pendingWarmups = pendingWarmups;
        this.priming = priming;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!data.hasSnapshot()) {
            builder.down().withDetail("reason", "no selection data loaded");
            return;
        }
        RegistrySnapshot snapshot = data.snapshot();
        if (!priming.isDone()) {
            builder.down().withDetail("reason", "priming the selection path")
                    .withDetail("primingRequests", priming.answered() + " of " + priming.requests());
            return;
        }
        builder.up()
                .withDetail("registryAsOf", snapshot.asOfText())
                .withDetail("dataAgeSeconds", Duration.between(snapshot.asOf(), clock.instant()).toSeconds())
                .withDetail("models", snapshot.size())
                .withDetail("database", data.isDatabaseUp() ? "UP" : "DOWN")
                .withDetail("pendingWarmups", pendingWarmups.size());
        if (!data.isDatabaseUp()) {
            builder.withDetail("databaseDownSince", String.valueOf(data.databaseDownSince()))
                    .withDetail("databaseError", data.lastFailure());
        }
    }
}
