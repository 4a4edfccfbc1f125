package io.radiant.registry.selection;

import io.radiant.registry.api.ApiContract;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.api.JsonRequestBody;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Turns the body of {@code POST /api/v2/registry/select} (and {@code /select/explain}) into
 * {@link ModelSelectionCriteria}, or a 4xx naming the bad field. The fields, value sets and ranges are the
 * contract's (schema ModelSelectionCriteria of openapi/registry-api.yaml), read once.
 */
public class SelectionCriteriaParser {

    private static final ApiContract CONTRACT = ApiContract.get();
    private static final String SCHEMA = "ModelSelectionCriteria";

    public static final Set<String> TASKS = CONTRACT.values("Task");
    public static final Set<String> HOSTING = CONTRACT.values("HostingPreference");
    static final Set<String> FIELDS = CONTRACT.fields(SCHEMA);

    private static final int MIN_TIER = CONTRACT.intMinimum(SCHEMA, "tenantTier");
    private static final int MAX_TIER = CONTRACT.intMaximum(SCHEMA, "tenantTier");
    private static final int MIN_LATENCY_MS = CONTRACT.intMinimum(SCHEMA, "maxLatencyMs");
    private static final int MAX_LATENCY_MS = CONTRACT.intMaximum(SCHEMA, "maxLatencyMs");
    private static final int MIN_CONTEXT_WINDOW = CONTRACT.intMinimum(SCHEMA, "minContextWindow");
    private static final int MAX_CONTEXT_WINDOW = CONTRACT.intMaximum(SCHEMA, "minContextWindow");
    private static final BigDecimal MAX_COST = CONTRACT.maximum(SCHEMA, "maxCostPerRequest");
    private static final int MIN_TOKENS = CONTRACT.intMinimum(SCHEMA, "expectedInputTokens");
    private static final int MAX_TOKENS = CONTRACT.intMaximum(SCHEMA, "expectedInputTokens");
    /** Expected tokens of one request: beyond any context window sold today, small enough to stay exact. */
    public static final int MAX_EXPECTED_TOKENS = MAX_TOKENS;

    public ModelSelectionCriteria parse(String body, String contentType) {
        JsonFields fields = new JsonFields(JsonRequestBody.object(body, contentType, false)).onlyFields(FIELDS);
        // the request's own token counts (DESIGN.md §4.5) are checked like every field; the cost estimate that
        // uses them is the selection engine's
        fields.optionalInt("expectedInputTokens", MIN_TOKENS, MAX_TOKENS);
        fields.optionalInt("expectedOutputTokens", MIN_TOKENS, MAX_TOKENS);
        return new ModelSelectionCriteria(
                fields.requiredString("task", TASKS),
                fields.requiredStringList("inputModality"),
                fields.requiredStringList("outputModality"),
                fields.requiredInt("tenantTier", MIN_TIER, MAX_TIER),
                fields.optionalString("preferHosting", HOSTING),
                fields.optionalStringList("preferProvider"),
                fields.optionalInt("maxLatencyMs", MIN_LATENCY_MS, MAX_LATENCY_MS),
                // USD; the contract's maximum is far above any one request's cost, so only nonsense (1e400, an
                // overflow) is refused
                fields.optionalNumberUpTo("maxCostPerRequest", MAX_COST),
                fields.optionalStringList("requiredCapabilities"),
                fields.optionalInt("minContextWindow", MIN_CONTEXT_WINDOW, MAX_CONTEXT_WINDOW),
                fields.optionalBoolean("requireHIPAA", false),
                fields.optionalInt("expectedInputTokens", MIN_TOKENS, MAX_TOKENS),
                fields.optionalInt("expectedOutputTokens", MIN_TOKENS, MAX_TOKENS));
    }
}
