package io.radiant.registry.selection;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For black-box tests that write rows and select right after: waits until the service's selection data was
 * reloaded after the test's last commit. Rows reach selection within a second through the triggers'
 * notifications (SelectionFreshnessTest measures that, without this helper); the NOTIFY here makes the
 * wait end also when the test changed nothing since the previous reload.
 */
final class FreshSelectionData {

    private FreshSelectionData() { }

    static void await(JdbcTemplate jdbc, SelectionData data) {
        Instant committed = jdbc.queryForObject("SELECT now()", OffsetDateTime.class).toInstant();
        jdbc.execute("NOTIFY " + SelectionDataRefresher.CHANNEL);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !data.snapshot().asOf().isBefore(committed));
    }
}
