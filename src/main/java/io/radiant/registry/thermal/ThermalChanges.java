package io.radiant.registry.thermal;

import io.radiant.registry.sync.SyncReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The pure part of the thermal sync, called by name from {@code routes/sync-thermal.camel.yaml}: from the rows
 * read and the endpoints observed to the rows to write ({@link #plan}), and from what the write did to the
 * sync's report ({@link #report}).
 */
@Component("thermalChanges")
public class ThermalChanges {

    private final EndpointStateMapper mapper = new EndpointStateMapper();

    /** The rows of {@code sql/thermal-load.sql}. */
    public List<ThermalRow> rows(List<Map<String, Object>> rows) {
        return ThermalRow.fromSql(rows);
    }

    public ThermalPlan plan(List<ThermalRow> rows, List<EndpointObservation> observations) {
        Map<String, EndpointObservation> byModel = observations.stream()
                .collect(Collectors.toMap(EndpointObservation::modelId, Function.identity(), (a, b) -> a));
        List<ThermalUpdate> updates = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ThermalRow row : rows) {
            EndpointObservation observation = byModel.get(row.modelId());
            if (observation == null) {
                errors.add(row.modelId() + ": endpoint not asked, state kept");
                continue;
            }
            Optional<ThermalReading> reading = mapper.map(observation, row.currentState(), row.minInstances());
            if (reading.isEmpty()) {
                errors.add(mapper.unreadable(observation));
                continue;
            }
            updates.add(new ThermalUpdate(row, observation.endpointName(), reading.get(),
                    targetAfter(row.targetState(), reading.get().state())));
        }
        return new ThermalPlan(rows, List.copyOf(updates), List.copyOf(errors));
    }

    /** A requested state (selection's warm-up asks for WARM) is cleared once the endpoint has reached it. */
    static ThermalState targetAfter(ThermalState target, ThermalState now) {
        if (target != null && target.isReady() && now.isReady() && now.compareTo(target) >= 0) {
            return null;
        }
        return target;
    }

    /**
     * @param written the row of {@code sql/thermal-write.sql}: {@code changed} (state changes written, each
     *                with its event) and {@code checked} (unchanged rows refreshed)
     */
    public SyncReport report(ThermalPlan plan, Map<String, Object> written) {
        int changed = number(written, "changed");
        int checked = number(written, "checked");
        int stale = plan.changes().size() - changed;
        SyncReport report = new SyncReport();
        report.setModelsUpdated(changed);
        report.putDetail("endpointsChecked", plan.endpointsChecked());
        report.putDetail("changed", changed);
        report.putDetail("unchanged", checked);
        report.putDetail("unreadable", plan.errors().size());
        // rows whose state changed while the endpoints were asked (a warm-up request): left for the next sync
        report.putDetail("skippedConcurrentlyChanged", stale);
        stateCounts(plan).forEach((state, count) -> report.putDetail(state.name().toLowerCase(Locale.ROOT), count));
        report.putDetail("transitioning", transitioningCount(plan));
        plan.errors().forEach(report::addError);
        return report;
    }

    /** How many models are in each state after this sync (a model that could not be read keeps its state). */
    static Map<ThermalState, Integer> stateCounts(ThermalPlan plan) {
        Map<ThermalState, Integer> counts = new EnumMap<>(ThermalState.class);
        for (ThermalState state : ThermalState.values()) {
            counts.put(state, 0);
        }
        Map<String, ThermalState> after = new LinkedHashMap<>();
        plan.rows().forEach(row -> after.put(row.modelId(), row.currentState()));
        plan.updates().forEach(update -> after.put(update.modelId(), update.reading().state()));
        after.values().forEach(state -> counts.merge(state, 1, Integer::sum));
        return counts;
    }

    private static long transitioningCount(ThermalPlan plan) {
        Map<String, Boolean> after = new LinkedHashMap<>();
        plan.rows().forEach(row -> after.put(row.modelId(), row.transitioning()));
        plan.updates().forEach(update -> after.put(update.modelId(), update.reading().transitioning()));
        return after.values().stream().filter(Boolean::booleanValue).count();
    }

    private static int number(Map<String, Object> row, String column) {
        Object value = row == null ? null : row.get(column);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
