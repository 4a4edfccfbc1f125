package io.radiant.registry.health;

import io.radiant.registry.upstream.UpstreamLimitException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Classifies one health probe ({@code GET {api_base_url}{health_check_path}} with the provider's key):
 * <ul>
 *   <li>2xx → healthy; slower than the threshold → degraded</li>
 *   <li>429 → degraded (rate limited); 408, 5xx, 529, timeout, refused connection → unhealthy</li>
 *   <li>401/403 (and Google's 400 API_KEY_INVALID) → the provider answered: healthy or degraded by latency,
 *       with auth_status 'unauthorized' and the reason in last_error</li>
 *   <li>any other 4xx → degraded: it answers, but not as its health path should</li>
 * </ul>
 */
public final class HealthClassifier {

    private final long slowThresholdMs;
    private final long timeoutMs;

    public HealthClassifier(long slowThresholdMs, long timeoutMs) {
        this.slowThresholdMs = slowThresholdMs;
        this.timeoutMs = timeoutMs;
    }

    public HealthSample fromResponse(String providerId, int httpStatus, long latencyMs, String body,
                                     boolean hasKey, String keyVariable) {
        boolean slow = latencyMs > slowThresholdMs;
        String byLatency = slow ? HealthSample.DEGRADED : HealthSample.HEALTHY;
        String slowNote = slow ? "slow answer (" + latencyMs + " ms)" : null;
        if (httpStatus >= 200 && httpStatus < 300) {
            return new HealthSample(providerId, byLatency, byLatency, HealthSample.AUTH_OK, httpStatus, latencyMs, slowNote);
        }
        if (isAuthRefusal(httpStatus, body)) {
            String reason = hasKey
                    ? "HTTP " + httpStatus + ": the API key was refused (check " + variable(keyVariable) + ")"
                    : "HTTP " + httpStatus + ": no API key sent (" + variable(keyVariable) + " is not set)";
            return new HealthSample(providerId, HealthSample.UNAUTHORIZED, byLatency, HealthSample.UNAUTHORIZED,
                    httpStatus, latencyMs, reason);
        }
        if (httpStatus == 429) {
            return new HealthSample(providerId, HealthSample.DEGRADED, HealthSample.DEGRADED, HealthSample.AUTH_OK,
                    httpStatus, latencyMs, "HTTP 429: rate limited");
        }
        if (httpStatus == 408 || httpStatus >= 500) {
            return new HealthSample(providerId, HealthSample.UNHEALTHY, HealthSample.UNHEALTHY, HealthSample.AUTH_OK,
                    httpStatus, latencyMs, "HTTP " + httpStatus + (httpStatus == 529 ? ": overloaded" : ": server error"));
        }
        return new HealthSample(providerId, HealthSample.DEGRADED, HealthSample.DEGRADED, HealthSample.AUTH_OK,
                httpStatus, latencyMs, "HTTP " + httpStatus + ": unexpected answer from the health path");
    }

    public HealthSample fromFailure(String providerId, Throwable failure, long elapsedMs) {
        UpstreamLimitException limit = UpstreamLimitException.in(failure);
        if (limit != null) {
            return new HealthSample(providerId, HealthSample.UNHEALTHY, HealthSample.UNHEALTHY, null, null, elapsedMs,
                    limit.getMessage());
        }
        Throwable e = failure;
        while (e.getCause() != null && e.getCause() != e && e.getClass().getName().startsWith("org.apache.camel")) {
            e = e.getCause();
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String reason;
        if (e instanceof SocketTimeoutException || message.contains("timed out") || message.contains("timeout")) {
            reason = "no answer within " + timeoutMs + " ms";
        } else if (e instanceof ConnectException) {
            reason = "connection refused";
        } else if (e instanceof UnknownHostException) {
            reason = "unknown host";
        } else {
            reason = "probe failed (" + e.getClass().getSimpleName() + ")";
        }
        return new HealthSample(providerId, HealthSample.UNHEALTHY, HealthSample.UNHEALTHY, null, null, elapsedMs, reason);
    }

    static boolean isAuthRefusal(int httpStatus, String body) {
        if (httpStatus == 401 || httpStatus == 403) {
            return true;
        }
        // Google answers an invalid key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID
        return httpStatus == 400 && body != null && body.contains("API_KEY_INVALID");
    }

    private static String variable(String keyVariable) {
        return keyVariable == null || keyVariable.isBlank() ? "the provider's api_key_env" : keyVariable;
    }
}
