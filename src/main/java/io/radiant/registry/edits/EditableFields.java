package io.radiant.registry.edits;

import static io.radiant.registry.edits.EditableField.Kind.BOOLEAN;
import static io.radiant.registry.edits.EditableField.Kind.DATE;
import static io.radiant.registry.edits.EditableField.Kind.DECIMAL;
import static io.radiant.registry.edits.EditableField.Kind.INTEGER;
import static io.radiant.registry.edits.EditableField.Kind.LABELS;
import static io.radiant.registry.edits.EditableField.Scope.ANY;
import static io.radiant.registry.edits.EditableField.Scope.EXTERNAL;
import static io.radiant.registry.edits.EditableField.Scope.SELF_HOSTED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operator may change over HTTP (DESIGN.md §4.6), one line per field. A model field added here is
 * editable once its column is in the SET list of {@code sql/admin-edit-model.sql} (external) or
 * {@code sql/admin-edit-self-hosted-model.sql}; the console builds its edit form from this list (the model
 * detail's {@code editableFields}). A {@link EditableField.Kind#DECIMAL} field of {@link #PRICES} also gets a
 * price-history row per change.
 */
public final class EditableFields {

    /** Pricing types of the models table's CHECK. */
    static final Set<String> PRICING_TYPES = Set.of("per_token", "per_character", "per_request", "per_second",
            "per_image", "per_minute");
    private static final String MAX_PRICE = "999999.99999999";

    public static final List<EditableField> MODEL = List.of(
            EditableField.of("enabled", "enabled", BOOLEAN, ANY, false),
            EditableField.of("deprecated", "deprecated", BOOLEAN, ANY, false),
            EditableField.text("displayName", "display_name", ANY, false, 255),
            EditableField.text("description", "description", ANY, true, 2000),
            EditableField.of("capabilities", "capabilities", LABELS, ANY, false),
            EditableField.of("inputModalities", "input_modalities", LABELS, ANY, false),
            EditableField.of("outputModalities", "output_modalities", LABELS, ANY, false),
            EditableField.range("contextWindow", "context_window", INTEGER, ANY, true, "1", "100000000"),
            EditableField.range("maxOutput", "max_output", INTEGER, ANY, true, "1", "100000000"),
            EditableField.range("minTier", "min_tier", INTEGER, SELF_HOSTED, false, "1", "5"),
            EditableField.of("retirementDate", "retirement_date", DATE, EXTERNAL, true),
            EditableField.of("deprecationDate", "deprecation_date", DATE, EXTERNAL, true),
            EditableField.text("successorModelId", "successor_model_id", EXTERNAL, true, 150),
            EditableField.choice("pricingType", "pricing_type", EXTERNAL, PRICING_TYPES),
            EditableField.range("inputCostPer1k", "input_cost_per_1k", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("outputCostPer1k", "output_cost_per_1k", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("costPerRequest", "cost_per_request", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("costPerSecond", "cost_per_second", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("costPerImage", "cost_per_image", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("costPerMinute", "cost_per_minute", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("cacheReadCostPer1k", "cache_read_cost_per_1k", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("cacheWriteCostPer1k", "cache_write_cost_per_1k", DECIMAL, EXTERNAL, true, "0",
                    MAX_PRICE),
            EditableField.range("cacheWrite1hCostPer1k", "cache_write_1h_cost_per_1k", DECIMAL, EXTERNAL, true, "0",
                    MAX_PRICE),
            EditableField.range("reasoningCostPer1k", "reasoning_cost_per_1k", DECIMAL, EXTERNAL, true, "0", MAX_PRICE),
            EditableField.range("batchInputCostPer1k", "batch_input_cost_per_1k", DECIMAL, EXTERNAL, true, "0",
                    MAX_PRICE),
            EditableField.range("batchOutputCostPer1k", "batch_output_cost_per_1k", DECIMAL, EXTERNAL, true, "0",
                    MAX_PRICE),
            EditableField.range("markupRate", "markup_rate", DECIMAL, EXTERNAL, false, "0", "99.9999"));

    /** Columns whose changes are price moves (model_price_history, source admin). */
    public static final Set<String> PRICES = Set.of("input_cost_per_1k", "output_cost_per_1k", "cost_per_request",
            "cost_per_second", "cost_per_image", "cost_per_minute", "cache_read_cost_per_1k", "cache_write_cost_per_1k",
            "cache_write_1h_cost_per_1k", "reasoning_cost_per_1k", "batch_input_cost_per_1k", "batch_output_cost_per_1k");

    public static final List<EditableField> PROVIDER = List.of(
            EditableField.of("enabled", "enabled", BOOLEAN, ANY, false),
            EditableField.of("compliance", "compliance", LABELS, ANY, false),
            EditableField.text("displayName", "display_name", ANY, false, 255));

    /**
     * Fields of a model that exist but are not the operator's to change over HTTP (identity, what a sync or the
     * thermal poller owns): naming one is refused with its own message, not as an unknown field.
     */
    static final Map<String, String> MODEL_READ_ONLY = readOnly(
            "id", "the registry id", "providerId", "the model's identity", "modelId", "the model's identity",
            "litellmId", "the model's identity", "name", "the model's identity", "hostingType", "the model's identity",
            "category", "fixed when the model is created", "providerName", "the provider's (PATCH /providers/{id})",
            "compliance", "the provider's (PATCH /providers/{id})", "primaryMode", "derived from the capabilities",
            "thermalState", "the thermal sync's", "isTransitioning", "the thermal sync's",
            "healthStatus", "the health sync's", "avgLatencyMs", "the health sync's", "errorRate", "the health sync's",
            "lastSeenAt", "the full sync's", "deprecatedAt", "set with deprecated",
            "createdAt", "the database's", "updatedAt", "the database's",
            "instanceType", "the deployment's", "gpuMemoryGb", "the deployment's",
            "warmupTimeSeconds", "the deployment's", "license", "the deployment's",
            "commercialUseAllowed", "the deployment's");

    /** Provider fields that stay out of HTTP's reach: where requests go and which key they carry. */
    static final Map<String, String> PROVIDER_READ_ONLY = readOnly(
            "id", "the provider's identity", "apiBaseUrl", "configuration (a migration), not editable over HTTP",
            "baseUrl", "configuration (a migration), not editable over HTTP",
            "apiKeyEnv", "configuration (a migration), not editable over HTTP",
            "keyVariable", "configuration (a migration), not editable over HTTP",
            "authHeader", "configuration (a migration), not editable over HTTP",
            "authPrefix", "configuration (a migration), not editable over HTTP",
            "extraHeaders", "configuration (a migration), not editable over HTTP",
            "discoveryKind", "configuration (a migration), not editable over HTTP",
            "healthCheckPath", "configuration (a migration), not editable over HTTP",
            "websiteUrl", "configuration (a migration), not editable over HTTP",
            "description", "configuration (a migration), not editable over HTTP");

    private EditableFields() { }

    private static Map<String, String> readOnly(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
