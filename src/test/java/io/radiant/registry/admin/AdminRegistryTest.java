package io.radiant.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminRegistryTest {

    private final AdminRegistry admin = new AdminRegistry(new RowJson(new ObjectMapper()));

    @Test
    void statusFiltersMapToEnabledAndDeprecated() {
        assertThat(admin.modelFilters(null, null, "active")).containsEntry("enabled", true).containsEntry("deprecated", false);
        assertThat(admin.modelFilters(null, null, "deprecated")).containsEntry("enabled", null).containsEntry("deprecated", true);
        assertThat(admin.modelFilters(null, null, "disabled")).containsEntry("enabled", false).containsEntry("deprecated", null);
        assertThat(admin.modelFilters("llm", "self_hosted", null)).containsEntry("category", "llm")
                .containsEntry("hostingType", "self_hosted").containsEntry("enabled", null);
        assertThat(admin.modelFilters("", "", "")).containsEntry("category", null).containsEntry("hostingType", null);
    }

    @Test
    void badFiltersNameTheParameterAndItsValues() {
        assertThatThrownBy(() -> admin.modelFilters(null, "cloud", null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("hostingType")
                .hasMessageContaining("external, self_hosted");
        assertThatThrownBy(() -> admin.modelFilters(null, null, "on")).hasMessageContaining("enabled, disabled, active, deprecated");
        assertThatThrownBy(() -> admin.modelFilters("LLM; drop table", null, null)).hasMessageContaining("category");
        assertThatThrownBy(() -> admin.modelFilters(List.of("a", "b"), null, null)).hasMessageContaining("once");
    }

    @Test
    void syncRequestsDefaultToAFullLocalSync() {
        assertThat(admin.syncRequest("", null)).isEqualTo(new SyncRequest("full", null));
        assertThat(admin.syncRequest("{\"syncType\":\"pricing\",\"dispatch\":\"lambda\"}", "application/json"))
                .isEqualTo(new SyncRequest("pricing", "lambda"));
        assertThatThrownBy(() -> admin.syncRequest("{\"syncType\":\"hourly\"}", "application/json"))
                .hasMessageContaining("full, health, thermal, pricing");
        assertThatThrownBy(() -> admin.syncRequest("{\"dispatch\":\"batch\"}", "application/json"))
                .hasMessageContaining("local, lambda");
        assertThatThrownBy(() -> admin.syncRequest("{\"type\":\"full\"}", "application/json"))
                .hasMessageContaining("Unknown field 'type'");
    }

    @Test
    void syncIdsMustBeUuids() {
        String id = UUID.randomUUID().toString();
        assertThat(admin.syncIdParameter(id)).containsEntry("syncId", id);
        assertThatThrownBy(() -> admin.syncIdParameter("42")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("syncId");
        assertThatThrownBy(() -> admin.syncById(List.of(), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rowsBecomeCamelCaseJson() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.fromString("5b0f7c1e-0000-4000-8000-000000000001"));
        row.put("sync_type", "full");
        row.put("started_at", Timestamp.from(Instant.parse("2026-01-02T03:04:05Z")));

        Map<String, Object> json = admin.syncRows(List.of(row)).get(0);

        assertThat(json).containsEntry("syncId", "5b0f7c1e-0000-4000-8000-000000000001")
                .containsEntry("syncType", "full").containsEntry("startedAt", "2026-01-02T03:04:05Z")
                .doesNotContainKey("id");
        assertThat(RowJson.camelCase("input_cost_per_1k")).isEqualTo("inputCostPer1k");
    }

    @Test
    void theModelListCountsEachHostingType() {
        Map<String, Object> list = admin.modelList(List.of(
                Map.of("hosting_type", "external"), Map.of("hosting_type", "external"), Map.of("hosting_type", "self_hosted")));

        assertThat(list).containsEntry("total", 3).containsEntry("external", 2L).containsEntry("selfHosted", 1L);
        assertThat((List<?>) list.get("models")).hasSize(3);
    }
}
