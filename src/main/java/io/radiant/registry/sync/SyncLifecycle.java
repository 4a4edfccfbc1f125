package io.radiant.registry.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.system.SecretRedactor;
import io.radiant.registry.system.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The steps every sync shares, called by name from {@code routes/sync-lifecycle.camel.yaml}: the answer to a
 * trigger, and what the log keeps of a sync's end (its report, or its failure's reason, without secrets).
 */
@Component("syncLifecycle")
public class SyncLifecycle {

    private static final int LONGEST_ERROR = 500;

    private final ObjectMapper json;
    private final SecretRedactor redactor;

    public SyncLifecycle(ObjectMapper json, SecretRedactor redactor) {
        this.json = json;
        this.redactor = redactor;
    }

    public Map<String, Object> accepted(String syncType, String syncId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Sync triggered");
        body.put("syncType", syncType);
        body.put("syncId", syncId);
        return body;
    }

    /** The report as the log keeps it: errors shortened and without secrets, errors and details as JSON. */
    public LoggedReport logged(SyncReport report) {
        return new LoggedReport(report.getProvidersUpdated(), report.getModelsAdded(), report.getModelsUpdated(),
                report.getModelsDeprecated(), toJson(report.getErrors().stream().map(this::shortSafe).toList()),
                toJson(report.getDetails()));
    }

    /** The reason a sync failed as the log, its event and the API show it: shortened, without secrets. */
    public String safeReason(String reason) {
        return shortSafe(reason == null ? "unknown error" : reason);
    }

    String shortSafe(String text) {
        String safe = redactor.redact(text);
        return Texts.shorten(safe, LONGEST_ERROR);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }
}
