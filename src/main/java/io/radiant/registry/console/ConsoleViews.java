package io.radiant.registry.console;

import io.radiant.registry.admin.RowJson;
import io.radiant.registry.system.SecretRedactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers of the admin endpoints the operator console reads ({@code routes/admin-console-queries.camel.yaml}):
 * rows of {@code sql/admin-console-*.sql} as camelCase JSON with a count per state, so the page and any
 * other client can show a summary without counting themselves. Error texts go through the redactor once
 * more: the health and thermal syncs store them redacted, and a page is one more place they could leak.
 */
public class ConsoleViews {

    private final SecretRedactor redactor;
    private final RowJson rowJson;

    public ConsoleViews(SecretRedactor redactor, RowJson rowJson) {
        this.redactor = redactor;
        this.rowJson = rowJson;
    }

    /** {@code {total, byStatus: {healthy: n, …}, providers: [...]}}; a provider never probed counts as unknown. */
    public Map<String, Object> providers(List<Map<String, Object>> rows) {
        List<Map<String, Object>> providers = rows.stream().map(this::safeRow).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", providers.size());
        body.put("byStatus", countBy(providers, "status", "unknown"));
        body.put("providers", providers);
        return body;
    }

    /** {@code {total, byState: {HOT: n, …}, transitioning, models: [...]}}; never observed counts as UNKNOWN. */
    public Map<String, Object> thermal(List<Map<String, Object>> rows) {
        List<Map<String, Object>> models = rows.stream().map(this::safeRow).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", models.size());
        body.put("byState", countBy(models, "currentState", "UNKNOWN"));
        body.put("transitioning", models.stream().filter(m -> Boolean.TRUE.equals(m.get("isTransitioning"))).count());
        body.put("models", models);
        return body;
    }

    private Map<String, Object> safeRow(Map<String, Object> row) {
        Map<String, Object> json = rowJson.of(row);
        if (json.get("lastError") instanceof String error) {
            json.put("lastError", redactor.redact(error));
        }
        return json;
    }

    private static Map<String, Long> countBy(List<Map<String, Object>> rows, String field, String absent) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Object value = row.get(field);
            counts.merge(value == null ? absent : value.toString(), 1L, Long::sum);
        }
        return counts;
    }
}
