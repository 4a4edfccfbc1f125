package io.radiant.registry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.system.SecretRedactor;
import io.radiant.registry.system.Texts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * The decisions of the outbox relay, called by name from {@code routes/outbox-relay.camel.yaml}: how claimed rows
 * become PutEvents calls (at most 10 entries each, EventBridge's limit), and which rows a call published
 * and which must be retried. A row counts as published only when EventBridge accepted its entry; with a
 * partial failure ({@code FailedEntryCount > 0}) only the failed entries are retried. An entry refused for good
 * (an error code other than throttling or EventBridge's own failure: a malformed or oversized detail, a denied
 * bus) is retried with the same backoff but becomes dead after {@code max-refused-attempts} attempts, so it never
 * waits in front of the others forever. Details are bounded before they are sent ({@link EventDetails}).
 */
@Component("outboxRelay")
public class OutboxRelay {

    /** EventBridge accepts at most 10 entries per PutEvents call. */
    public static final int MAX_ENTRIES = 10;
    private static final int LONGEST_ERROR = 300;
    /**
     * PutEvents entry error codes that say "try again": throttling and EventBridge's own failures. Every other
     * code refuses the entry itself, and a retry would be refused alike.
     */
    static final java.util.Set<String> TRANSIENT_CODES = java.util.Set.of("ThrottlingException", "InternalFailure",
            "InternalException", "ServiceUnavailable", "ServiceUnavailableException");

    private final String busName;
    private final int maxDetailBytes;
    private final SecretRedactor redactor;
    private final ObjectMapper json;

    public OutboxRelay(EventsProperties events, SecretRedactor redactor, ObjectMapper json) {
        this.json = json;
        this.busName = events.busName();
        this.maxDetailBytes = events.maxDetailBytes();
        this.redactor = redactor;
    }

    /** The claimed rows in outbox order, cut into PutEvents-sized batches. */
    public List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
        List<Map<String, Object>> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(r -> ((Number) r.get("id")).longValue()));
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += MAX_ENTRIES) {
            batches.add(new ArrayList<>(ordered.subList(i, Math.min(i + MAX_ENTRIES, ordered.size()))));
        }
        return batches;
    }

    public PutEventsRequest request(List<Map<String, Object>> batch) {
        List<PutEventsRequestEntry> entries = new ArrayList<>(batch.size());
        for (Map<String, Object> row : batch) {
            PutEventsRequestEntry.Builder entry = PutEventsRequestEntry.builder()
                    .source(String.valueOf(row.get("source")))
                    .detailType(String.valueOf(row.get("detail_type")))
                    .detail(EventDetails.bounded(String.valueOf(row.get("detail")), maxDetailBytes, json))
                    .eventBusName(busName);
            Instant time = instant(row.get("created_at"));
            if (time != null) {
                entry.time(time);
            }
            entries.add(entry.build());
        }
        return PutEventsRequest.builder().entries(entries).build();
    }

    /** After an answer: accepted entries published, the rest retried. */
    public OutboxMarks afterAnswer(List<Map<String, Object>> batch, PutEventsResponse response) {
        List<Long> published = new ArrayList<>();
        List<Map<String, Object>> failed = new ArrayList<>();
        List<PutEventsResultEntry> results = response.hasEntries() ? response.entries() : List.of();
        boolean anyFailed = response.failedEntryCount() != null && response.failedEntryCount() > 0;
        for (int i = 0; i < batch.size(); i++) {
            long id = ((Number) batch.get(i).get("id")).longValue();
            PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
            if (!anyFailed || (result != null && result.errorCode() == null && result.eventId() != null)) {
                published.add(id);
            } else {
                String error = result == null || result.errorCode() == null
                        ? "no result for this entry"
                        : result.errorCode() + (result.errorMessage() == null ? "" : ": " + result.errorMessage());
                boolean permanent = result != null && result.errorCode() != null
                        && !TRANSIENT_CODES.contains(result.errorCode());
                Map<String, Object> f = failure(id, error);
                f.put("permanent", permanent);
                failed.add(f);
            }
        }
        return marks(published, failed);
    }

    /** When the call itself failed (outage, throttling, bad credentials): the whole batch is retried. */
    public OutboxMarks afterFailure(List<Map<String, Object>> batch, Throwable error) {
        String reason = error == null ? "PutEvents failed"
                : "PutEvents failed: " + error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : ": " + error.getMessage());
        List<Map<String, Object>> failed = new ArrayList<>();
        for (Map<String, Object> row : batch) {
            failed.add(failure(((Number) row.get("id")).longValue(), reason));
        }
        return marks(List.of(), failed);
    }

    private Map<String, Object> failure(long id, String error) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        String safe = redactor.redact(error);
        f.put("error", Texts.shorten(safe, LONGEST_ERROR));
        return f;
    }

    private OutboxMarks marks(List<Long> published, List<Map<String, Object>> failed) {
        try {
            return new OutboxMarks(json.writeValueAsString(published), json.writeValueAsString(failed), published.size(),
                    failed.size());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return null;
    }
}
