package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.system.SecretRedactor;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;

class ProviderFailuresTest {

    private final SecretRedactor redactor = new SecretRedactor("");

    @Test
    void httpFailuresSayTheStatusAndMeaningWithoutUrlOrBody() {
        HttpOperationFailedException e = new HttpOperationFailedException(
                "https://api.example/v1/models?key=AIzaLEAK123456", 401, "Unauthorized", null, Map.of(),
                "{\"error\":\"Incorrect API key provided: sk-abc\"}");

        String reason = ProviderFailures.reason(e, "OPENAI_API_KEY", redactor);

        assertThat(reason).isEqualTo("HTTP 401: the API key was refused (check OPENAI_API_KEY)");
    }

    @Test
    void overloadAndServerErrorsSayTheyWereRetried() {
        assertThat(ProviderFailures.httpReason(529, null)).contains("529").contains("after retries");
        assertThat(ProviderFailures.httpReason(503, null)).contains("503").contains("after retries");
        assertThat(ProviderFailures.httpReason(429, null)).contains("rate limited");
    }

    @Test
    void networkFailuresAreNamed() {
        assertThat(ProviderFailures.reason(new SocketTimeoutException("Read timed out"), null, redactor))
                .isEqualTo("no answer in time (timeout)");
        assertThat(ProviderFailures.reason(new ConnectException("Connection refused"), null, redactor))
                .isEqualTo("connection refused");
    }

    @Test
    void otherMessagesLoseUrlsAndKnownSecrets() {
        redactor.remember("sk-live-secret-value");

        String reason = ProviderFailures.reason(
                new IllegalStateException("boom at https://x.example/models?token=abc with sk-live-secret-value"),
                null, redactor);

        assertThat(reason).doesNotContain("sk-live-secret-value").doesNotContain("https://").doesNotContain("token=abc");
    }

    @Test
    void onlyPassingFailuresAreRetried() {
        assertThat(ProviderFailures.isRetryable(http(503))).isTrue();
        assertThat(ProviderFailures.isRetryable(http(529))).isTrue();
        assertThat(ProviderFailures.isRetryable(http(429))).isTrue();
        assertThat(ProviderFailures.isRetryable(new SocketTimeoutException("Read timed out"))).isTrue();
        assertThat(ProviderFailures.isRetryable(new RuntimeException("wrapped", new ConnectException("refused"))))
                .isTrue();

        assertThat(ProviderFailures.isRetryable(http(401))).isFalse();
        assertThat(ProviderFailures.isRetryable(http(404))).isFalse();
        assertThat(ProviderFailures.isRetryable(new ModelListFormatException("no 'data' array"))).isFalse();
    }

    private static HttpOperationFailedException http(int status) {
        return new HttpOperationFailedException("https://api.example/v1/models", status, "status", null, Map.of(), "");
    }
}
