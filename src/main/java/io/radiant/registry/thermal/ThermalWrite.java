package io.radiant.registry.thermal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rows {@code sql/thermal-write.sql} writes: every row as one JSON array (read back with
 * {@code jsonb_to_recordset}, so the whole sync is one statement and one transaction); the statement reads the
 * sync's id itself.
 */
@Component("thermalWrite")
public class ThermalWrite {

    private final ObjectMapper json;

    public ThermalWrite(ObjectMapper json) {
        this.json = json;
    }

    /** The plan's updates as the JSON rows {@code sql/thermal-write.sql} writes in one statement. */
    public String rows(ThermalPlan plan) {
        return toJson(plan.updates().stream().map(ThermalWrite::row).toList());
    }

    static Map<String, Object> row(ThermalUpdate update) {
        ThermalRow before = update.before();
        ThermalReading reading = update.reading();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model_id", update.modelId());
        row.put("endpoint_name", update.endpointName());
        row.put("recorded", before.recorded());
        row.put("changed", update.changed());
        row.put("previous_state", before.currentState().name());
        row.put("previous_target_state", before.targetState() == null ? null : before.targetState().name());
        row.put("previous_transitioning", before.transitioning());
        row.put("current_state", reading.state().name());
        row.put("target_state", update.targetState() == null ? null : update.targetState().name());
        row.put("is_transitioning", reading.transitioning());
        row.put("endpoint_status", reading.endpointStatus());
        row.put("instance_count", reading.instanceCount());
        row.put("last_error", reading.lastError());
        return row;
    }

    private String toJson(List<Map<String, Object>> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Thermal rows are not serialisable as JSON", e);
        }
    }
}
