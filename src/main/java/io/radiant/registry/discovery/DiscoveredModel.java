package io.radiant.registry.discovery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one provider's model list says about one model, normalised across the list shapes.
 * Only {@code modelId} is always present; every other field is whatever the provider chose to say.
 * Prices are USD per 1k tokens (already converted from the provider's unit). {@code lifecycle} is the
 * retirement date and successor the list names ({@link ListedLifecycle#NONE} when it names none).
 */
public record DiscoveredModel(
        String modelId,
        String displayName,
        Integer contextWindow,
        Integer maxOutput,
        List<String> capabilities,
        List<String> inputModalities,
        List<String> outputModalities,
        BigDecimal inputCostPer1k,
        BigDecimal outputCostPer1k,
        ListedLifecycle lifecycle,
        String suggestedCategory) {

    public DiscoveredModel {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("a discovered model needs an id");
        }
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        inputModalities = inputModalities == null ? List.of() : List.copyOf(inputModalities);
        outputModalities = outputModalities == null ? List.of() : List.copyOf(outputModalities);
        contextWindow = positiveOrNull(contextWindow);
        maxOutput = positiveOrNull(maxOutput);
        lifecycle = lifecycle == null ? ListedLifecycle.NONE : lifecycle;
    }

    /** The row handed to the diff statement (snake_case keys, nulls kept so the SQL sees "unknown"). */
    public Map<String, Object> toRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model_id", modelId);
        row.put("display_name", displayName);
        row.put("context_window", contextWindow);
        row.put("max_output", maxOutput);
        row.put("retirement_date", lifecycle.retirementDate());
        row.put("successor_model_id", lifecycle.successorModelId());
        row.put("discovered", toDiscovered());
        return row;
    }

    /** What the review queue keeps about the model: enough for a person to approve it. */
    public Map<String, Object> toDiscovered() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("modelId", modelId);
        d.put("displayName", displayName);
        d.put("contextWindow", contextWindow);
        d.put("maxOutput", maxOutput);
        d.put("capabilities", capabilities);
        d.put("inputModalities", inputModalities);
        d.put("outputModalities", outputModalities);
        d.put("inputCostPer1k", inputCostPer1k);
        d.put("outputCostPer1k", outputCostPer1k);
        d.put("retirementDate", lifecycle.retirementDate());
        d.put("successorModelId", lifecycle.successorModelId());
        d.put("suggestedCategory", suggestedCategory);
        return d;
    }

    private static Integer positiveOrNull(Integer value) {
        return value == null || value <= 0 ? null : value;
    }
}
