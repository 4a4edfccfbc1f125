package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(500, 30_000);
    private final Instant now = Instant.parse("2025-11-26T12:00:00Z");

    @Test
    void serverErrorsOverloadRateLimitsAndRequestTimeoutsAreRetriedAuthAndClientErrorsAreNot() {
        assertThat(RetryPolicy.isRetryableStatus(500)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(503)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(529)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(408)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(401)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(403)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(400)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(404)).isFalse();
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        assertThat(policy.delayMillis(1, "2", null, now)).isEqualTo(2000);
        assertThat(policy.delayMillis(3, "0.5", null, now)).isEqualTo(500);
    }

    @Test
    void retryAfterMillisecondsWinsOverSeconds() {
        assertThat(policy.delayMillis(1, "2", "1500", now)).isEqualTo(1500);
    }

    @Test
    void retryAfterAsHttpDateIsTheTimeUntilThen() {
        assertThat(policy.delayMillis(1, "Wed, 26 Nov 2025 12:00:03 GMT", null, now)).isEqualTo(3000);
    }

    @Test
    void withoutRetryAfterTheDelayGrowsExponentiallyWithBoundedJitter() {
        assertThat(policy.delayMillis(1, null, null, now)).isBetween(500L, 625L);
        assertThat(policy.delayMillis(2, null, null, now)).isBetween(1000L, 1125L);
        assertThat(policy.delayMillis(3, "garbage", null, now)).isBetween(2000L, 2125L);
    }

    @Test
    void noDelayExceedsTheMaximum() {
        assertThat(policy.delayMillis(1, "3600", null, now)).isEqualTo(30_000);
        assertThat(policy.delayMillis(30, null, null, now)).isEqualTo(30_000);
    }
}
