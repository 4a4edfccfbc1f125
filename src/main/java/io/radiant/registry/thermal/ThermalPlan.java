package io.radiant.registry.thermal;

import java.util.List;

/**
 * Outcome of comparing every observation with the row it belongs to: the rows to write (changed or not)
 * and the models whose endpoint could not be read, as sync-log lines, in model order.
 */
public record ThermalPlan(List<ThermalRow> rows, List<ThermalUpdate> updates, List<String> errors) {

    public List<ThermalUpdate> changes() {
        return updates.stream().filter(ThermalUpdate::changed).toList();
    }

    public int endpointsChecked() {
        return rows.size();
    }
}
