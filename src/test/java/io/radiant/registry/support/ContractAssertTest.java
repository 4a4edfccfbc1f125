package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The shared contract check itself: it must fail on what the contract does not allow, or it proves nothing. */
class ContractAssertTest {

    private static final String SELECTED = """
            {"modelId":"claude-3-5-haiku-20241022","displayName":"Claude Haiku 3.5","hostingType":"external",
             "providerId":"anthropic","providerName":"Anthropic","primaryMode":"chat","thermalState":null,
             "warmupRequired":false,"warmupTimeSeconds":null,"healthStatus":"unknown","litellmId":"claude-3-5-haiku-20241022",
             "selectionReason":"primary","warmingModelId":null,"registryAsOf":"2026-12-01T21:00:49.381803Z"}""";

    private static URI uri(String path) {
        return URI.create("http://localhost:1" + path);
    }

    @Test
    void aSelectedModelAsTheServiceAnswersPasses() {
        assertThatCode(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 200, SELECTED))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingRequiredFieldFails() {
        String missing = SELECTED.replace("\"providerId\":\"anthropic\",", "");
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 200, missing))
                .isInstanceOf(AssertionError.class).hasMessageContaining("providerId");
    }

    @Test
    void aValueOutsideItsEnumOrFormatFails() {
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 200,
                SELECTED.replace("\"primary\"", "\"best\""))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 200,
                SELECTED.replace("2026-12-01T21:00:49.381803Z", "yesterday"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void anUndocumentedFieldFails() {
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 200,
                SELECTED.replace("{\"modelId\"", "{\"secret\":1,\"modelId\""))).isInstanceOf(AssertionError.class);
    }

    @Test
    void anUndeclaredStatusFails() {
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 418,
                "{\"error\":\"teapot\",\"message\":\"no\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not declared");
    }

    @Test
    void anErrorAnswerMustHaveTheErrorShape() {
        assertThatCode(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 400,
                "{\"error\":\"invalid_request\",\"message\":\"Field 'task' is required.\",\"field\":\"task\"}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 400,
                "{\"message\":\"no code\"}")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ContractAssert.assertAnswer("POST", uri("/api/v2/registry/select"), 400, ""))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void pathsOutsideTheContractMustBeErrors() {
        assertThatCode(() -> ContractAssert.assertAnswer("GET", uri("/api/v2/nope"), 404,
                "{\"error\":\"not_found\",\"message\":\"No resource at /api/v2/nope.\"}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ContractAssert.assertAnswer("GET", uri("/api/v2/nope"), 200, "{}"))
                .isInstanceOf(AssertionError.class);
        assertThatCode(() -> ContractAssert.assertAnswer("GET", uri("/actuator/health"), 200, "{\"status\":\"UP\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aLiteralPathIsPreferredToATemplate() {
        assertThatCode(() -> ContractAssert.assertAnswer("GET", uri("/api/v2/admin/registry/sync/history"), 200, "[]"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ContractAssert.assertAnswer("GET", uri("/api/v2/admin/registry/sync/history"), 200, "{}"))
                .isInstanceOf(AssertionError.class);
    }
}
