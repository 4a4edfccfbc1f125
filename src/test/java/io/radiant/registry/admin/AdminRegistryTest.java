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
        assertThat(admin.modelFilter(null, null, "active")).isEqualTo(new AdminRegistry.ModelFilter(null, null, true, false));
        assertThat(admin.modelFilter(null, null, "deprecated")).isEqualTo(new AdminRegistry.ModelFilter(null, null, null, true));
        assertThat(admin.modelFilter(null, null, "disabled")).isEqualTo(new AdminRegistry.ModelFilter(null, null, false, null));
        assertThat(admin.modelFilter("llm", "self_hosted", null))
                .isEqualTo(new AdminRegistry.ModelFilter("llm", "self_hosted", null, null));
        assertThat(admin.modelFilter("", "", "")).satisfies(f -> {
            assertThat(f.category()).isNull();
            assertThat(f.hostingType()).isNull();
        });
    }

    @Test
    void badFiltersNameTheParameterAndItsValues() {
        assertThatThrownBy(() -> admin.modelFilter(null, "cloud", null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("hostingType")
                .hasMessageContaining("external, self_hosted");
        assertThatThrownBy(() -> admin.modelFilter(null, null, "on")).hasMessageContaining("enabled, disabled, active, deprecated");
        assertThatThrownBy(() -> admin.modelFilter("LLM; drop table", null, null)).hasMessageContaining("category");
        assertThatThrownBy(() -> admin.modelFilter(List.of("a", "b"), null, null)).hasMessageContaining("once");
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
        assertThat(admin.syncId(id)).isEqualTo(UUID.fromString(id));
        assertThatThrownBy(() -> admin.syncId("42")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("syncId");
        assertThatThrownBy(() -> admin.syncById(List.of(), UUID.fromString(id))).isInstanceOf(NotFoundException.class);
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
