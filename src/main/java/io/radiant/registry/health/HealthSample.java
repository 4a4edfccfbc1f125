package io.radiant.registry.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One health probe of one provider. {@code status} is what the probe says about the provider itself
 * (reachability, latency, server errors); {@code authStatus} whether our key was accepted — an auth failure
 * is our misconfiguration, reported in {@code error}, not a provider degradation: a probe without our key would make every provider look degraded.
 * {@code outcome} is the sample's label in provider_health_samples ('unauthorized' when the key was refused).
 * {@code httpStatus} is null when no answer came (timeout, refused connection).
 */
public record HealthSample(String providerId, String outcome, String status, String authStatus,
                           Integer httpStatus, long latencyMs, String error) {

    public static final String HEALTHY = "healthy";
    public static final String DEGRADED = "degraded";
    public static final String UNHEALTHY = "unhealthy";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String AUTH_OK = "ok";

    public boolean answered() {
        return httpStatus != null;
    }

    /** A row of the JSON array handed to sql/health-apply.sql. */
    public Map<String, Object> toRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("provider_id", providerId);
        row.put("outcome", outcome);
        row.put("status", status);
        row.put("auth_status", authStatus);
        row.put("http_status", httpStatus);
        row.put("latency_ms", latencyMs);
        row.put("error", error);
        return row;
    }
}
