package io.radiant.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.ContractAssert;
import io.radiant.registry.sync.SyncAlreadyRunningException;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ApiErrors errors = new ApiErrors(json);

    @Test
    void aRefusalWrappedByCamelKeepsItsStatusAndMessage() throws Exception {
        RuntimeException wrapped = new RuntimeException("Failed to invoke method: parse(...)",
                new InvalidRequestException("tenantTier", "Field 'tenantTier' must be an integer from 1 to 5."));

        assertThat(errors.status(wrapped)).isEqualTo(400);
        JsonNode body = json.valueToTree(errors.answer(wrapped));
        assertThat(body.get("error").asText()).isEqualTo("invalid_request");
        assertThat(body.get("message").asText()).contains("tenantTier");
        assertThat(body.get("field").asText()).isEqualTo("tenantTier");
    }

    @Test
    void anythingElseIsA500WhoseTextIsNotShown() throws Exception {
        IllegalStateException bug = new IllegalStateException("connection to db-prod-7 password=hunter2 refused");

        assertThat(errors.status(bug)).isEqualTo(500);
        String body = json.writeValueAsString(errors.answer(bug));
        assertThat(json.readTree(body).get("error").asText()).isEqualTo("internal_error");
        assertThat(body).doesNotContain("hunter2").doesNotContain("db-prod-7");
    }

    @Test
    void aRunningSyncNamesItsId() throws Exception {
        JsonNode body = json.valueToTree(errors.syncAlreadyRunning(
                new RuntimeException(new SyncAlreadyRunningException("health", "5b0f7c1e-0000-4000-8000-000000000001"))));

        assertThat(body.get("error").asText()).isEqualTo("sync_already_running");
        assertThat(body.get("syncId").asText()).isEqualTo("5b0f7c1e-0000-4000-8000-000000000001");
        assertThat(body.get("message").asText()).contains("health");
    }

    @Test
    void everyErrorBodyMatchesTheContractsErrorSchema() throws Exception {
        ContractAssert.check("refused", "#/components/schemas/Error", json.writeValueAsString(errors.answer(
                new InvalidRequestException("tenantTier", "Field 'tenantTier' must be an integer from 1 to 5."))));
        ContractAssert.check("internal", "#/components/schemas/Error", json.writeValueAsString(errors.answer(
                new IllegalStateException("boom"))));
        ContractAssert.check("running", "#/components/schemas/Error", json.writeValueAsString(
                errors.syncAlreadyRunning("health", "5b0f7c1e-0000-4000-8000-000000000001")));
        ContractAssert.check("servlet", "#/components/schemas/Error", errors.body("not_found", "No resource at /x."));
    }

    @Test
    void quotedInputIsShortAndHasNoControlCharacters() {
        assertThat(ApiErrors.printable("a\nb\u0000c", 10)).isEqualTo("a?b?c");
        assertThat(ApiErrors.printable("x".repeat(500), 20)).hasSize(21);
    }
}
