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
                .isEqualTo("GET https://g.test/v1beta/models?pageSize=***&key=*** failed");
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

    @Test
    void everyQueryValueOfAUrlIsMaskedWhateverItsName() {
        SecretRedactor redactor = new SecretRedactor("");

        assertThat(redactor.redact("invoking https://cdn.test/prices.json?sig=Zm9vYmFy&se=2026-12-31&X-Amz-Signature=abc123def"
                + "&X-Amz-Credential=AKIA%2F20261206 with statusCode: 403"))
                .isEqualTo("invoking https://cdn.test/prices.json?sig=***&se=***&X-Amz-Signature=***&X-Amz-Credential=*** "
                        + "with statusCode: 403");
        assertThat(redactor.redact("\"url\":\"http://127.0.0.1:8080/feed?token\"")).isEqualTo("\"url\":\"http://127.0.0.1:8080/feed?***\"");
        assertThat(redactor.redact("a plain sentence? with=no url")).isEqualTo("a plain sentence? with=no url");
    }

    @Test
    void aConfiguredUrlsQueryValuesAreMaskedEvenWithoutTheirUrl() {
        SecretRedactor redactor = new SecretRedactor("");
        redactor.rememberQueryValues("https://cdn.test/feed.json?sig=c2lnbmF0dXJl%2Bvalue&X-Amz-Signature=0123456789abcdef");

        assertThat(redactor.redact("signature c2lnbmF0dXJl+value and c2lnbmF0dXJl%2Bvalue, amz 0123456789abcdef"))
                .isEqualTo("signature *** and ***, amz ***");
    }

    @Test
    void credentialHeadersAreMaskedWhateverTheirSpelling() {
        SecretRedactor redactor = new SecretRedactor("");

        assertThat(redactor.redact("xi-api-key: el-secret-123 x-goog-api-key=AIzaXYZ987 X-Auth-Token: tok-556677 "
                + "Proxy-Authorization: Basic dXNlcjpwYXNz Cookie: session=abcdef123"))
                .doesNotContain("el-secret-123").doesNotContain("AIzaXYZ987").doesNotContain("tok-556677")
                .doesNotContain("dXNlcjpwYXNz").doesNotContain("abcdef123");
    }
}
