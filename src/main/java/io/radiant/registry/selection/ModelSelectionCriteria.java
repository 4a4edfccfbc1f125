package io.radiant.registry.selection;

import io.radiant.registry.pricing.CostRequest;
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
        boolean requireHIPAA,
        Integer expectedInputTokens,
        Integer expectedOutputTokens) {

    /** Criteria without expected token counts. */
    public ModelSelectionCriteria(String task, List<String> inputModality, List<String> outputModality, int tenantTier,
                                  String preferHosting, List<String> preferProvider, Integer maxLatencyMs,
                                  BigDecimal maxCostPerRequest, List<String> requiredCapabilities,
                                  Integer minContextWindow, boolean requireHIPAA) {
        this(task, inputModality, outputModality, tenantTier, preferHosting, preferProvider, maxLatencyMs,
                maxCostPerRequest, requiredCapabilities, minContextWindow, requireHIPAA, null, null);
    }

    public ModelSelectionCriteria {
        inputModality = List.copyOf(inputModality);
        outputModality = List.copyOf(outputModality);
        preferHosting = preferHosting == null ? "any" : preferHosting;
        preferProvider = preferProvider == null ? List.of() : List.copyOf(preferProvider);
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
    }

    /** The request the caller expects to send, or null when it gave no token counts (cost as before). */
    public CostRequest expectedRequest() {
        return expectedInputTokens == null && expectedOutputTokens == null ? null
                : CostRequest.of(expectedInputTokens == null ? 0 : expectedInputTokens,
                        expectedOutputTokens == null ? 0 : expectedOutputTokens);
    }

    /** {@link #preferProvider} as a set, for membership tests. */
    public Set<String> preferProviderSet() {
        return preferProvider.isEmpty() ? Set.of() : Set.copyOf(preferProvider);
    }
}
