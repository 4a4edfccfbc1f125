package io.radiant.registry.selection;

import io.radiant.registry.pricing.CostRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/v2/registry/select/explain} (DESIGN.md §4.1): the selection, the ranked
 * candidates with the figures that ranked them, and the models the criteria excluded with the first
 * criterion that excluded each.
 */
public record SelectionExplanation(
        SelectedModel selected,
        String registryAsOf,
        List<Ranked> ranked,
        List<Rejected> rejected,
        Map<String, Integer> rejectedCounts) {

    /** A candidate in ranking order (rank 1 is the best primary). */
    public record Ranked(int rank, String modelId, String providerId, String hostingType, String thermalState,
                         boolean warmupRequired, String healthStatus, Integer avgLatencyMs,
                         BigDecimal estimatedCostPerRequest) {

        static Ranked of(int rank, CatalogModel m, CostRequest expected) {
            return new Ranked(rank, m.modelId(), m.providerId(), m.hostingType(), m.thermalState(), m.needsWarmup(),
                    m.healthStatus() == null ? "unknown" : m.healthStatus(), m.avgLatencyMs(),
                    m.costPerRequest(expected));
        }
    }

    /** A model of the requested task that a criterion excluded. */
    public record Rejected(String modelId, String providerId, String reason) { }
}
