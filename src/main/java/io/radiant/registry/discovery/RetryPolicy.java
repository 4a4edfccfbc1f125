package io.radiant.registry.discovery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry a provider call and how long to wait first. Retried: 5xx (incl. Anthropic's 529 "overloaded"),
 * 429 and 408; network failures (timeouts, refused connections) are retried by the route's error handling.
 * The wait honours the provider's {@code Retry-After} (seconds or an HTTP date) or {@code retry-after-ms},
 * else grows exponentially from the base delay with a little jitter; it never exceeds the maximum.
 */
public final class RetryPolicy {

    private final long baseDelayMs;
    private final long maxDelayMs;

    public RetryPolicy(long baseDelayMs, long maxDelayMs) {
        this.baseDelayMs = baseDelayMs;
        this.maxDelayMs = maxDelayMs;
    }

    public static boolean isRetryableStatus(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    /**
     * @param attempt        1 for the first retry
     * @param retryAfter     the {@code Retry-After} header or null
     * @param retryAfterMs   the {@code retry-after-ms} header (OpenAI) or null
     * @param now            the current time, for HTTP-date values
     */
    public long delayMillis(int attempt, String retryAfter, String retryAfterMs, Instant now) {
        Long asked = parseMillis(retryAfterMs);
        if (asked == null) {
            asked = parseRetryAfter(retryAfter, now);
        }
        if (asked != null) {
            return Math.min(Math.max(asked, 0), maxDelayMs);
        }
        long exponential = baseDelayMs * (1L << Math.min(Math.max(attempt - 1, 0), 20));
        long jitter = baseDelayMs <= 0 ? 0 : ThreadLocalRandom.current().nextLong(baseDelayMs / 4 + 1);
        return Math.min(exponential + jitter, maxDelayMs);
    }

    static Long parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Math.round(Double.parseDouble(v) * 1000);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(Duration.between(now, at).toMillis(), 0);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Long parseMillis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Math.round(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
