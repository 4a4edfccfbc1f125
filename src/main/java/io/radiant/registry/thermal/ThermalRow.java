package io.radiant.registry.thermal;

import java.util.List;
import java.util.Map;

/**
 * One enabled self-hosted model with its thermal row as the sync read it ({@code sql/thermal-load.sql}).
 * The state columns double as the expected values of the optimistic write: a row changed meanwhile
 * (a warm-up requested by selection) is not overwritten. {@code recorded} is false for a model that has
 * no thermal row yet: it is read in its default state and the write inserts its row.
 */
public record ThermalRow(String modelId, int minInstances, ThermalState currentState, ThermalState targetState,
                         boolean transitioning, String endpointStatus, Integer instanceCount, String lastError,
                         boolean recorded) {

    /** A model as the sync read it from an existing thermal row. */
    public ThermalRow(String modelId, int minInstances, ThermalState currentState, ThermalState targetState,
                      boolean transitioning, String endpointStatus, Integer instanceCount, String lastError) {
        this(modelId, minInstances, currentState, targetState, transitioning, endpointStatus, instanceCount, lastError, true);
    }

    /** Rows of the load query (column names as in the table). */
    public static List<ThermalRow> fromSql(List<Map<String, Object>> rows) {
        return rows.stream().map(ThermalRow::fromSql).toList();
    }

    static ThermalRow fromSql(Map<String, Object> row) {
        return new ThermalRow(
                (String) row.get("model_id"),
                ((Number) row.get("min_instances")).intValue(),
                ThermalState.valueOf((String) row.get("current_state")),
                row.get("target_state") == null ? null : ThermalState.valueOf((String) row.get("target_state")),
                Boolean.TRUE.equals(row.get("is_transitioning")),
                (String) row.get("endpoint_status"),
                row.get("instance_count") == null ? null : ((Number) row.get("instance_count")).intValue(),
                (String) row.get("last_error"),
                !Boolean.FALSE.equals(row.get("recorded")));
    }
}
