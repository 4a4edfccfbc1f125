package io.radiant.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.system.SecretRedactor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

class OutboxRelayBatchesTest {

    private final OutboxRelay relay = new OutboxRelay(new EventsProperties("registry-bus", 100, 1000, 300_000, 3, 20_000), new SecretRedactor(""),
            new ObjectMapper());

    @Test
    void claimedRowsGoOutInOutboxOrderInBatchesOfAtMostTen() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long id = 23; id >= 1; id--) {
            rows.add(row(id));
        }

        List<List<Map<String, Object>>> batches = relay.batches(rows);

        assertThat(batches).extracting(List::size).containsExactly(10, 10, 3);
        assertThat(batches.get(0).get(0).get("id")).isEqualTo(1L);
        assertThat(batches.get(2).get(2).get("id")).isEqualTo(23L);
    }

    @Test
    void eachRowBecomesAnEntryOnTheConfiguredBusWithItsDetailTypeAndTime() {
        PutEventsRequest request = relay.request(List.of(row(7)));

        assertThat(request.entries()).hasSize(1);
        assertThat(request.entries().get(0).source()).isEqualTo("radiant.registry");
        assertThat(request.entries().get(0).detailType()).isEqualTo("RegistrySyncCompleted");
        assertThat(request.entries().get(0).eventBusName()).isEqualTo("registry-bus");
        assertThat(request.entries().get(0).detail()).isEqualTo("{\"n\":7}");
        assertThat(request.entries().get(0).time()).isEqualTo(Instant.parse("2025-11-26T00:00:00Z"));
    }

    @Test
    void onAPartialFailureOnlyTheFailedEntriesAreRetried() {
        PutEventsResponse response = PutEventsResponse.builder().failedEntryCount(1).entries(
                PutEventsResultEntry.builder().eventId("e-1").build(),
                PutEventsResultEntry.builder().errorCode("InternalFailure").errorMessage("Internal service error").build(),
                PutEventsResultEntry.builder().eventId("e-3").build()).build();

        OutboxMarks marks = relay.afterAnswer(List.of(row(1), row(2), row(3)), response);

        assertThat(marks.publishedJson()).isEqualTo("[1,3]");
        assertThat(marks.failedCount()).isEqualTo(1);
        assertThat(marks.failedJson()).contains("\"id\":2").contains("InternalFailure: Internal service error");
    }

    @Test
    void anOutageRetriesTheWholeBatchAndPublishesNothing() {
        OutboxMarks marks = relay.afterFailure(List.of(row(1), row(2)), new IllegalStateException("Unable to execute HTTP request"));

        assertThat(marks.publishedJson()).isEqualTo("[]");
        assertThat(marks.failedCount()).isEqualTo(2);
    }

    private static Map<String, Object> row(long id) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("source", "radiant.registry");
        row.put("detail_type", "RegistrySyncCompleted");
        row.put("detail", "{\"n\":" + id + "}");
        row.put("created_at", Timestamp.from(Instant.parse("2025-11-26T00:00:00Z")));
        return row;
    }
}
