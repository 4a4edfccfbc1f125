package io.radiant.registry.selection;

/**
 * Why a model was not a candidate: the criteria in the order DESIGN.md §4.1 lists them, which is the
 * order {@link SelectionRanking#firstExclusion} checks them in (explain reports the first that failed).
 */
public enum Exclusion {
    TASK("task"),
    INPUT_MODALITY("input_modality"),
    OUTPUT_MODALITY("output_modality"),
    TENANT_TIER("tenant_tier"),
    HOSTING("hosting"),
    CAPABILITY("capability"),
    CONTEXT_WINDOW("context_window"),
    HIPAA("hipaa"),
    UNHEALTHY("unhealthy"),
    MAX_LATENCY("max_latency"),
    MAX_COST("max_cost"),
    DEPRECATED("deprecated"),
    DISABLED("disabled"),
    RETIRED("retired");

    private final String reason;

    Exclusion(String reason) {
        this.reason = reason;
    }

    /** The word explain answers with. */
    public String reason() {
        return reason;
    }
}
