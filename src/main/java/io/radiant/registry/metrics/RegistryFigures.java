package io.radiant.registry.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One reading of the registry's state, as {@code sql/metrics-registry-figures.sql} returns it: rows of
 * (metric, label_a, label_b, value). Immutable, so gauges may read it from any thread while a newer one
 * is being loaded.
 */
public final class RegistryFigures {

    /** One figure's address: which metric, and its one or two label values (null when unused). */
    public record Key(String metric, String a, String b) { }

    public static final RegistryFigures EMPTY = new RegistryFigures(Map.of());

    private final Map<Key, Double> values;

    private RegistryFigures(Map<Key, Double> values) {
        this.values = values;
    }

    public static RegistryFigures of(List<Map<String, Object>> rows) {
        Map<Key, Double> values = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Object value = row.get("value");
            if (value instanceof Number n) {
                values.put(new Key(text(row.get("metric")), text(row.get("label_a")), text(row.get("label_b"))),
                        n.doubleValue());
            }
        }
        return new RegistryFigures(Map.copyOf(values));
    }

    /** The figure, or {@code absent} when the reading has none (nothing to count, never happened). */
    public double value(String metric, String a, String b, double absent) {
        return values.getOrDefault(new Key(metric, a, b), absent);
    }

    /** The label values (a, b) this reading holds for a metric, e.g. every (provider, stat) with a latency. */
    public Set<Key> keys(String metric) {
        Set<Key> keys = new TreeSet<>((x, y) -> (x.a() + '\u0000' + x.b()).compareTo(y.a() + '\u0000' + y.b()));
        values.keySet().stream().filter(k -> k.metric().equals(metric)).forEach(keys::add);
        return keys;
    }

    /** The distinct first labels of a metric (providers of provider_health). */
    public Set<String> firstLabels(String metric) {
        Set<String> labels = new TreeSet<>();
        values.keySet().stream().filter(k -> k.metric().equals(metric)).map(Key::a).filter(Objects::nonNull)
                .forEach(labels::add);
        return labels;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
