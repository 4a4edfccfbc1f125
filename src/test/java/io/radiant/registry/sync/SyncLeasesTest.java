package io.radiant.registry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.api.ApiException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SyncLeasesTest {

    private final SyncLeases leases = new SyncLeases();

    @Test
    void theHeartbeatRenewsExactlyTheSyncsRunningNow() {
        assertThat(leases.running()).isEmpty();

        leases.started("a");
        leases.started("b");
        leases.ended("a");

        assertThat(leases.running()).containsExactly("b");
        leases.ended("b");
        assertThat(leases.running()).isEmpty();
    }

    @Test
    void everyStartDrawsANewOwnerSoARestartedInstanceNeverRenewsItsPredecessorsRows() {
        SyncLeases restarted = new SyncLeases();
        assertThat(restarted.owner()).isNotEqualTo(leases.owner());
    }

    @Test
    void aStoppingInstanceRefusesNewSyncsWithA503() {
        leases.admit("full");
        leases.stopAdmitting();

        assertThatThrownBy(() -> leases.admit("full"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(503);
                    assertThat(e.getError()).isEqualTo("service_stopping");
                });
    }

    @Test
    void awaitEndReturnsAsSoonAsTheLastSyncEnds() throws Exception {
        leases.started("slow");
        CompletableFuture<Void> ender = CompletableFuture.runAsync(() -> leases.ended("slow"),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        assertThat(leases.awaitEnd(Duration.ofSeconds(10))).isEmpty();
        assertThat(ender).isDone();
    }

    @Test
    void awaitEndNamesTheSyncsStillRunningWhenTheGracePeriodIsOver() throws Exception {
        leases.started("stuck");

        assertThat(leases.awaitEnd(Duration.ofMillis(100))).containsExactly("stuck");
    }

    @Test
    void aHeartbeatThatIsNotShorterThanTheLeaseIsRefusedAtStart() {
        assertThatThrownBy(() -> new SyncLeaseProperties(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("heartbeat-interval");
    }
}
