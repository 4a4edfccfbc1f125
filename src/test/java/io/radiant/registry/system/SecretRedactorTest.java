package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void rememberedSecretsAreMaskedWherever_theyAppear() {
        SecretRedactor redactor = new SecretRedactor("admin-token-value");
        redactor.remember("sk-proj-1234567890");

        String out = redactor.redact("calling with sk-proj-1234567890 as admin-token-value");

        assertThat(out).isEqualTo("calling with *** as ***");
    }

    @Test
    void credentialLookingQueryParametersAndHeadersAreMaskedEvenWhenUnknown() {
        SecretRedactor redactor = new SecretRedactor("");

        assertThat(redactor.redact("GET https://g.test/v1beta/models?pageSize=50&key=AIzaSyA-xyz123 failed"))
                .isEqualTo("GET https://g.test/v1beta/models?pageSize=50&key=*** failed");
        assertThat(redactor.redact("Authorization: Bearer sk-abc123456789")).doesNotContain("sk-abc123456789");
        assertThat(redactor.redact("x-api-key=sk-ant-999999999")).doesNotContain("sk-ant-999999999");
    }

    @Test
    void shortOrBlankValuesAreNotTreatedAsSecrets() {
        SecretRedactor redactor = new SecretRedactor("");
        redactor.remember("ab");
        redactor.remember(null);

        assertThat(redactor.redact("a table about abc")).isEqualTo("a table about abc");
    }
}
