package io.radiant.registry.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.sync.SyncReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The decisions of the health sync, called by name from {@code routes/sync-health.camel.yaml}: the probe URL,
 * the sample of each probe, the samples as the rows of the statement that records them, and the sync's report.
 */
@Component("healthSyncs")
public class HealthSyncs {

    private final HealthClassifier classifier;
    private final ObjectMapper json;

    public HealthSyncs(HealthProperties health, ObjectMapper json) {
        this.json = json;
        this.classifier = new HealthClassifier(health.slowThresholdMs(), health.timeoutMs());
    }

    /** {@code {api_base_url}{health_check_path}}; the key never goes into it. */
    public String probeUrl(Map<String, Object> provider) {
        String base = String.valueOf(provider.get("api_base_url")).trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        Object path = provider.get("health_check_path");
        String p = path == null || String.valueOf(path).isBlank() ? "/models" : String.valueOf(path).trim();
        return base + (p.startsWith("/") ? p : "/" + p);
    }

    public long startClock() {
        return System.nanoTime();
    }

    public HealthSample fromResponse(Map<String, Object> provider, int httpStatus, long startedNanos,
                                     boolean hasKey, String body) {
        return classifier.fromResponse(id(provider), httpStatus, elapsedMs(startedNanos), body, hasKey,
                provider.get("api_key_env") == null ? null : String.valueOf(provider.get("api_key_env")));
    }

    public HealthSample fromFailure(Map<String, Object> provider, Throwable failure, Long startedNanos) {
        return classifier.fromFailure(id(provider), failure, startedNanos == null ? 0 : elapsedMs(startedNanos));
    }

    /** The samples as the JSON rows {@code sql/health-apply.sql} records in one statement. */
    public String rows(List<HealthSample> samples) {
        List<Map<String, Object>> rows = new ArrayList<>(samples.size());
        samples.forEach(s -> rows.add(s.toRow()));
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise health samples", e);
        }
    }

    /** providersUpdated = providers probed; errors = one line per provider not plainly healthy. */
    public SyncReport report(List<HealthSample> samples, List<Map<String, Object>> changes) {
        SyncReport report = new SyncReport();
        List<HealthSample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparing(HealthSample::providerId));
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Object> perProvider = new LinkedHashMap<>();
        for (HealthSample s : sorted) {
            byStatus.merge(s.status(), 1, Integer::sum);
            if (HealthSample.UNAUTHORIZED.equals(s.authStatus())) {
                byStatus.merge("keyRefused", 1, Integer::sum);
            }
            if (s.error() != null) {
                report.addError(s.providerId() + ": " + s.status() + ", " + s.error());
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("status", s.status());
            d.put("latencyMs", s.latencyMs());
            d.put("httpStatus", s.httpStatus());
            if (s.error() != null) {
                d.put("error", s.error());
            }
            perProvider.put(s.providerId(), d);
        }
        report.setProvidersUpdated(samples.size());
        report.putDetail("statusCounts", byStatus);
        report.putDetail("statusChanges", changes == null ? List.of() : changes);
        report.putDetail("providers", perProvider);
        return report;
    }

    private static String id(Map<String, Object> provider) {
        return String.valueOf(provider.get("id"));
    }

    private static long elapsedMs(long startedNanos) {
        return Math.max(0, (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
