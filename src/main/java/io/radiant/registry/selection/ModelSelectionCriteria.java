package io.radiant.registry.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v2/registry/select}: spec 36.6 {@code ModelSelectionCriteria}, validated.
 * Lists are never null (absent = empty); modality, capability and provider words are lower-case. The fields, their
 * types and ranges are schema ModelSelectionCriteria of the contract (openapi/registry-api.yaml).
 */
public record ModelSelectionCriteria(
        String task,
        List<String> inputModality,
        List<String> outputModality,
        int tenantTier,
        String preferHosting,
        List<String> preferProvider,
        Integer maxLatencyMs,
        BigDecimal maxCostPerRequest,
        List<String> requiredCapabilities,
        Integer minContextWindow,
        boolean requireHIPAA) {

    public ModelSelectionCriteria {
        inputModality = List.copyOf(inputModality);
        outputModality = List.copyOf(outputModality);
        preferHosting = preferHosting == null ? "any" : preferHosting;
        preferProvider = preferProvider == null ? List.of() : List.copyOf(preferProvider);
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
    }

    /** {@link #preferProvider} as a set, for membership tests. */
    public Set<String> preferProviderSet() {
        return preferProvider.isEmpty() ? Set.of() : Set.copyOf(preferProvider);
    }
}
