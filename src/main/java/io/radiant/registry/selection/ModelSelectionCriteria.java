package io.radiant.registry.selection;

import io.radiant.registry.pricing.CostRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v2/registry/select}: spec 36.6 {@code ModelSelectionCriteria}, validated.
 * Lists are never null (absent = empty); modality, capability and provider words are lower-case.
 */
@Schema(description = "Selection criteria (spec 36.6 ModelSelectionCriteria); unknown fields are refused")
public record ModelSelectionCriteria(
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"chat", "completion", "embedding", "image",
                "video", "audio", "transcription", "search", "3d", "inference"})
        String task,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"text\"]",
                description = "Modalities the model must accept (all of them)")
        List<String> inputModality,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"text\"]",
                description = "Modalities the model must produce (all of them)")
        List<String> outputModality,
        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "5")
        int tenantTier,
        @Schema(allowableValues = {"any", "external", "self_hosted"}, defaultValue = "any")
        String preferHosting,
        @Schema(description = "Provider ids (or names) ranked first, e.g. [\"anthropic\"]; self-hosted is \"self_hosted\"")
        List<String> preferProvider,
        @Schema(minimum = "1", description = "Exclude models whose measured average latency is higher; unknown latency passes")
        Integer maxLatencyMs,
        @Schema(minimum = "0", description = "USD; exclude models whose estimated cost of one request (docs/api.md) is higher;"
                + " unknown cost passes")
        BigDecimal maxCostPerRequest,
        @Schema(description = "Capabilities the model must all have, e.g. [\"function_calling\"]")
        List<String> requiredCapabilities,
        @Schema(minimum = "1")
        Integer minContextWindow,
        @Schema(defaultValue = "false", description = "Only providers with HIPAA in their compliance list")
        boolean requireHIPAA,
        @Schema(minimum = "0", maximum = "10000000", description = "Input tokens of the expected request: with it (or"
                + " expectedOutputTokens), maxCostPerRequest and estimatedCostPerRequest are the cost endpoint's"
                + " estimate of that request (long-context tiers included); the other count defaults to 0")
        Integer expectedInputTokens,
        @Schema(minimum = "0", maximum = "10000000", description = "Output tokens of the expected request")
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
