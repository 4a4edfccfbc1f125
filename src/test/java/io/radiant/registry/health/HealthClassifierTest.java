package io.radiant.registry.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.discovery.Fixtures;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class HealthClassifierTest {

    private final HealthClassifier classifier = new HealthClassifier(2000, 5000);

    @Test
    void aFastTwoHundredIsHealthyAndASlowOneDegraded() {
        assertThat(classifier.fromResponse("p", 200, 120, "{}", true, "K").status()).isEqualTo("healthy");
        HealthSample slow = classifier.fromResponse("p", 200, 2500, "{}", true, "K");
        assertThat(slow.status()).isEqualTo("degraded");
        assertThat(slow.error()).contains("2500 ms");
    }

    @Test
    void anAuthRefusalIsReportedAsSuchNotAsProviderDegradation() {
        HealthSample refused = classifier.fromResponse("openai", 401, 90, Fixtures.read("errors/openai-401.json"), true,
                "OPENAI_API_KEY");

        assertThat(refused.status()).isEqualTo("healthy");
        assertThat(refused.authStatus()).isEqualTo("unauthorized");
        assertThat(refused.outcome()).isEqualTo("unauthorized");
        assertThat(refused.error()).isEqualTo("HTTP 401: the API key was refused (check OPENAI_API_KEY)");
        assertThat(classifier.fromResponse("p", 403, 90, "", false, "P_KEY").error()).contains("P_KEY is not set");
    }

    @Test
    void googlesInvalidKeyFourHundredCountsAsAnAuthRefusal() {
        HealthSample sample = classifier.fromResponse("google", 400, 80, Fixtures.read("errors/google-400-invalid-key.json"),
                true, "GOOGLE_API_KEY");

        assertThat(sample.authStatus()).isEqualTo("unauthorized");
        assertThat(sample.status()).isEqualTo("healthy");
    }

    @Test
    void rateLimitingDegradesServerErrorsOverloadAndTimeoutsAreUnhealthy() {
        assertThat(classifier.fromResponse("p", 429, 50, "", true, "K").status()).isEqualTo("degraded");
        assertThat(classifier.fromResponse("p", 503, 50, "", true, "K").status()).isEqualTo("unhealthy");
        assertThat(classifier.fromResponse("p", 529, 50, Fixtures.read("errors/anthropic-529.json"), true, "K").error())
                .contains("overloaded");
        assertThat(classifier.fromFailure("p", new SocketTimeoutException("Read timed out"), 5001).error())
                .isEqualTo("no answer within 5000 ms");
        assertThat(classifier.fromFailure("p", new ConnectException("Connection refused"), 3).status()).isEqualTo("unhealthy");
    }

    @Test
    void anyOtherClientErrorIsADegradedAnswer() {
        HealthSample sample = classifier.fromResponse("p", 404, 40, "", true, "K");

        assertThat(sample.status()).isEqualTo("degraded");
        assertThat(sample.authStatus()).isEqualTo("ok");
    }
}
