package io.radiant.registry.edits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.api.ApiException;
import io.radiant.registry.api.InvalidRequestException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of an edit request, without Spring or a database. */
class CatalogEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogEdits edits = new CatalogEdits(JSON);

    @Test
    void aPatchBecomesColumnsAndTheirApiNames() throws Exception {
        Map<String, Object> request = edits.edit("{\"changes\":{\"inputCostPer1k\":0.0031,\"capabilities\":[\"chat\",\"chat\","
                + "\"vision\"],\"retirementDate\":\"2027-01-31\",\"displayName\":\"  Trimmed  \"},\"reason\":\" price page \"}",
                "application/json", "\"v7\"", " alice ");

        assertThat(request).containsEntry("version", 7L).containsEntry("reason", "price page").containsEntry("actor", "alice");
        CatalogEdits.Changes p = edits.modelChanges(request, external());
        JsonNode patch = JSON.readTree(p.patch());
        assertThat(patch.get("input_cost_per_1k").decimalValue()).isEqualByComparingTo("0.0031");
        assertThat(patch.get("capabilities").toString()).isEqualTo("[\"chat\",\"vision\"]");
        assertThat(patch.get("retirement_date").asText()).isEqualTo("2027-01-31");
        assertThat(patch.get("display_name").asText()).isEqualTo("Trimmed");
        assertThat(JSON.readTree(p.fields()).get("input_cost_per_1k").asText()).isEqualTo("inputCostPer1k");
        assertThat(p.prices()).isEqualTo("[\"input_cost_per_1k\"]");
    }

    @Test
    void theETagRules() {
        assertThatThrownBy(() -> CatalogEdits.version(null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getStatus()).isEqualTo(428));
        assertThatThrownBy(() -> CatalogEdits.version(" ")).isInstanceOf(ApiException.class);
        assertThat(CatalogEdits.version("\"v12\"")).isEqualTo(12L);
        // a tag that is not ours (or a weak one) matches no version: 412, not a 400
        assertThat(CatalogEdits.version("W/\"v12\"")).isEqualTo(-1L);
        assertThat(CatalogEdits.version("*")).isEqualTo(-1L);
        assertThat(CatalogEdits.etag(3L)).isEqualTo("\"v3\"");
    }

    @Test
    void scopeAndReadOnlyFieldsAreNamedInTheRefusal() {
        Map<String, Object> request = edits.edit("{\"changes\":{\"minTier\":2},\"reason\":\"tier\"}", "application/json", "\"v1\"", null);
        assertThatThrownBy(() -> edits.modelChanges(request, external()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getDetails()).containsEntry("field", "minTier");
                    assertThat(e.getMessage()).contains("self-hosted");
                });
        Map<String, Object> identity = edits.edit("{\"changes\":{\"litellmId\":\"x\"},\"reason\":\"identity\"}", "application/json", "\"v1\"", null);
        assertThatThrownBy(() -> edits.modelChanges(identity, external()))
                .hasMessageContaining("cannot be changed here");
        Map<String, Object> baseUrl = edits.edit("{\"changes\":{\"apiBaseUrl\":\"http://x\"},\"reason\":\"url\"}", "application/json", "\"v1\"", null);
        assertThatThrownBy(() -> edits.providerChanges(baseUrl))
                .hasMessageContaining("not editable over HTTP");
        Map<String, Object> self = edits.edit("{\"changes\":{\"successorModelId\":\"gpt-4o\"},\"reason\":\"self\"}",
                "application/json", "\"v1\"", null);
        assertThatThrownBy(() -> edits.modelChanges(self, external())).hasMessageContaining("another model");
    }

    @Test
    void auditFiltersDefaultTheLimitAndCheckEveryParameter() {
        assertThat(edits.auditFilter(null, " ", null, null)).isEqualTo(new CatalogEdits.AuditFilter(null, null, null, 100));
        assertThat(edits.auditFilter("2026-12-01T00:00:00Z", "gpt-4o", "openai", "5")).isEqualTo(new CatalogEdits.AuditFilter(
                OffsetDateTime.parse("2026-12-01T00:00:00Z"), "gpt-4o", "openai", 5));
        assertThatThrownBy(() -> edits.auditFilter("yesterday", null, null, null)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.getDetails()).containsEntry("field", "since"));
        assertThatThrownBy(() -> edits.auditFilter(null, null, null, "1001")).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> edits.auditFilter(null, null, "p".repeat(51), null)).hasMessageContaining("providerId");
    }

    @Test
    void providerIdsAreChecked() {
        assertThat(edits.providerId(" openai ")).isEqualTo("openai");
        assertThatThrownBy(() -> edits.providerId("Open AI")).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.getDetails()).containsEntry("field", "id"));
    }

    @Test
    void reasonsAndActorsAreBounded() {
        assertThatThrownBy(() -> edits.edit("{\"changes\":{\"enabled\":false},\"reason\":\"no\"}", "application/json", "\"v1\"", null))
                .hasMessageContaining("3 to 500");
        assertThatThrownBy(() -> edits.edit("{\"changes\":{\"enabled\":false},\"reason\":\"ok then\"}", "application/json", "\"v1\"",
                "bad\u0007actor")).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getDetails()).containsEntry("field", "X-Actor"));
        assertThat(CatalogEdits.actor("  ")).isNull();
    }

    @Test
    void everyEditableModelFieldHasAColumnOnceAndAScope() {
        Map<String, String> columns = new HashMap<>();
        for (EditableField f : EditableFields.MODEL) {
            assertThat(columns.put(f.column(), f.name())).as(f.name()).isNull();
            assertThat(f.appliesTo(true) || f.appliesTo(false)).isTrue();
        }
        assertThat(EditableFields.PRICES).allSatisfy(c -> assertThat(columns).containsKey(c));
    }

    private static Map<String, Object> external() {
        Map<String, Object> current = new HashMap<>();
        current.put("id", "5b0c3c2e-1d1f-4e55-9a4a-5a1c0e0f0a01");
        current.put("hostingType", "external");
        current.put("modelId", "gpt-4o");
        return current;
    }
}
