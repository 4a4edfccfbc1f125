package io.radiant.registry.selection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything selection needs, as of one database snapshot: immutable, replaced whole on every reload, so a
 * selection reads one consistent catalog without locks. Models are grouped by task and sorted once by the
 * ranking keys that do not depend on the criteria, so a selection walks a task's list from its head and
 * stops after the first matches.
 */
public final class RegistrySnapshot {

    /** Readiness, latency (unknown last), health, model_id, provider_id: the order within one preference. */
    static final Comparator<CatalogModel> STATIC_ORDER = Comparator
            .comparingInt(CatalogModel::readinessRank)
            .thenComparing(CatalogModel::avgLatencyMs, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(CatalogModel::healthRank)
            .thenComparing(CatalogModel::modelId)
            .thenComparing(CatalogModel::providerId);

    private final Instant asOf;
    private final String asOfText;
    private final List<CatalogModel> all;
    private final Map<String, List<CatalogModel>> byTask;
    private final Map<String, List<CatalogModel>> byTaskAndHosting;
    private final Map<String, List<CatalogModel>> byModelId;

    public RegistrySnapshot(Instant asOf, List<CatalogModel> models) {
        this.asOf = asOf;
        this.asOfText = asOf.toString();
        List<CatalogModel> sorted = new ArrayList<>(models);
        sorted.sort(STATIC_ORDER);
        this.all = List.copyOf(sorted);
        Map<String, List<CatalogModel>> tasks = new HashMap<>();
        Map<String, List<CatalogModel>> tasksAndHosting = new HashMap<>();
        Map<String, List<CatalogModel>> ids = new HashMap<>();
        for (CatalogModel m : all) {
            tasks.computeIfAbsent(m.primaryMode(), k -> new ArrayList<>()).add(m);
            tasksAndHosting.computeIfAbsent(taskAndHosting(m.primaryMode(), m.hostingType()), k -> new ArrayList<>()).add(m);
            ids.computeIfAbsent(m.modelId(), k -> new ArrayList<>()).add(m);
        }
        tasks.replaceAll((k, v) -> List.copyOf(v));
        tasksAndHosting.replaceAll((k, v) -> List.copyOf(v));
        ids.replaceAll((k, v) -> List.copyOf(v));
        this.byTask = Map.copyOf(tasks);
        this.byTaskAndHosting = Map.copyOf(tasksAndHosting);
        this.byModelId = Map.copyOf(ids);
    }

    /** The time of the database snapshot these rows were read in (the answers' {@code registryAsOf}). */
    public Instant asOf() {
        return asOf;
    }

    /** {@link #asOf()} in ISO-8601 (UTC), formatted once for every answer. */
    public String asOfText() {
        return asOfText;
    }

    /** Every model, enabled or not, in the static ranking order. */
    public List<CatalogModel> all() {
        return all;
    }

    /** The models whose primary mode is {@code task}, in the static ranking order. */
    public List<CatalogModel> ofTask(String task) {
        return byTask.getOrDefault(task, List.of());
    }

    /** The models of {@code task} with this hosting type, in the static ranking order. */
    public List<CatalogModel> ofTask(String task, String hostingType) {
        return byTaskAndHosting.getOrDefault(taskAndHosting(task, hostingType), List.of());
    }

    private static String taskAndHosting(String task, String hostingType) {
        return task + '\u0000' + hostingType;
    }

    /** Every row with this model id (one per provider that lists it). */
    public List<CatalogModel> withModelId(String modelId) {
        return byModelId.getOrDefault(modelId, List.of());
    }

    public int size() {
        return all.size();
    }
}
