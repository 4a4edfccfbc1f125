package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.system.SecretRedactor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProviderCredentialsTest {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("OPENAI_API_KEY", "sk-test-openai-0123456789")
            .withProperty("GOOGLE_API_KEY", "AIza-google-0123456789")
            .withProperty("database.password", "db-secret-value")
            .withProperty("DATABASE_PASSWORD", "db-secret-value");
    private final SecretRedactor redactor = new SecretRedactor("");
    private final ProviderCredentials credentials = new ProviderCredentials(environment, redactor, new ObjectMapper());

    @Test
    void bearerForOpenAiCompatibleProviders() {
        Map<String, Object> headers = new HashMap<>();

        boolean hasKey = credentials.authorize(provider("openai-compatible", "OPENAI_API_KEY"), headers);

        assertThat(hasKey).isTrue();
        assertThat(headers).containsEntry("Authorization", "Bearer sk-test-openai-0123456789");
    }

    @Test
    void googleKeyTravelsInItsHeaderNeverInTheUrl() {
        Map<String, Object> headers = new HashMap<>();

        credentials.authorize(provider("google", "GOOGLE_API_KEY"), headers);

        assertThat(headers).containsOnly(Map.entry("x-goog-api-key", "AIza-google-0123456789"));
    }

    @Test
    void anthropicGetsItsKeyHeaderAndApiVersion() {
        Map<String, String> headers = credentials.requestHeaders("anthropic", null, null, null, "k-123456");

        assertThat(headers).containsEntry("x-api-key", "k-123456").containsEntry("anthropic-version", "2023-06-01");
    }

    @Test
    void aProviderRowCanNameItsOwnHeaderPrefixAndConstantHeaders() {
        assertThat(credentials.requestHeaders("none", "Authorization", "Token ", null, "dg-1"))
                .containsOnly(Map.entry("Authorization", "Token dg-1"));
        assertThat(credentials.requestHeaders("none", "xi-api-key", "", null, "el-1"))
                .containsOnly(Map.entry("xi-api-key", "el-1"));
        assertThat(credentials.requestHeaders("none", null, null, "{\"X-Runway-Version\":\"2024-11-06\"}", "rw-1"))
                .containsEntry("X-Runway-Version", "2024-11-06").containsEntry("Authorization", "Bearer rw-1");
    }

    @Test
    void anUnsetVariableMeansNoKeyAndNoAuthHeader() {
        Map<String, Object> headers = new HashMap<>();

        assertThat(credentials.authorize(provider("openai-compatible", "XAI_API_KEY"), headers)).isFalse();
        assertThat(headers).isEmpty();
        assertThat(credentials.missingKeyReason("XAI_API_KEY")).isEqualTo("API key variable XAI_API_KEY is not set");
    }

    @Test
    void aRowCannotPointAtTheServicesOwnSecrets() {
        assertThat(credentials.keyFor("database.password")).isEmpty();
        assertThat(credentials.keyFor("DATABASE_PASSWORD")).isEmpty();
        assertThat(credentials.keyFor("REGISTRY_ADMIN_TOKEN")).isEmpty();
        assertThat(credentials.missingKeyReason("database.password")).contains("not an allowed");
    }

    @Test
    void everyKeyHandedOutIsRedactedFromText() {
        credentials.keyFor("OPENAI_API_KEY");

        assertThat(redactor.redact("failed with key sk-test-openai-0123456789 in it"))
                .doesNotContain("sk-test-openai-0123456789");
    }

    private static Map<String, Object> provider(String kind, String variable) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", "p");
        p.put("discovery_kind", kind);
        p.put("api_key_env", variable);
        return p;
    }
}
