package io.radiant.registry.selection;

import io.radiant.registry.api.NotFoundException;
import io.radiant.registry.pricing.CostRequest;

/**
 * {@code selectWithFallback} of spec 36.6 on a {@link Ranking}:
 * <ol>
 *   <li>the best primary, when it is ready;</li>
 *   <li>when it is a self-hosted model that needs a warm-up (COLD, OFF): the ready external alternative,
 *       whatever {@code preferHosting} says, and that model is warmed in the background;</li>
 *   <li>with no alternative: the primary itself, {@code warmupRequired: true} with its
 *       {@code warmupTimeSeconds}, and it is warmed;</li>
 *   <li>with no primary at all: the task's default model, when it meets every hard requirement (modalities,
 *       capabilities, context window, tier, HIPAA, and the cost cap of the expected request);</li>
 *   <li>else nothing fits: 404.</li>
 * </ol>
 * Each outcome counts once in {@code registry_selections_total{reason}}.
 */
public class ModelSelector {

    private final SelectionMetrics metrics;

    public ModelSelector(SelectionMetrics metrics) {
        this.metrics = metrics;
    }

    public Selection choose(ModelSelectionCriteria criteria, Ranking ranking, String registryAsOf) {
        Selection selection = decide(ranking, registryAsOf, criteria.expectedRequest());
        if (selection == null) {
            metrics.none.increment();
            throw new NotFoundException("no_model_available", "No model matches the criteria for task '"
                    + criteria.task() + "' and tenant tier " + criteria.tenantTier()
                    + ", and the task's default model (" + DefaultModels.forTask(criteria.task())
                    + ") is not available to this tenant or lacks a hard requirement (modalities,"
                    + " requiredCapabilities, minContextWindow, requireHIPAA, the cost cap of the expected request);"
                    + " select/explain counts why each model was excluded.");
        }
        switch (selection.getModel().selectionReason()) {
            case SelectedModel.PRIMARY -> metrics.primary.increment();
            case SelectedModel.READY_ALTERNATIVE -> metrics.readyAlternative.increment();
            case SelectedModel.PRIMARY_NEEDS_WARMUP -> metrics.primaryNeedsWarmup.increment();
            default -> metrics.taskDefault.increment();
        }
        return selection;
    }

    /** The outcome without counting it (explain), or null when nothing fits. */
    Selection decide(Ranking ranking, String registryAsOf, CostRequest expected) {
        CatalogModel primary = ranking.primaries().isEmpty() ? null : ranking.primaries().get(0);
        if (primary != null && !primary.needsWarmup()) {
            return new Selection(SelectedModel.of(primary, SelectedModel.PRIMARY, false, null, registryAsOf, expected),
                    null);
        }
        CatalogModel alternative = ranking.alternative();
        if (primary != null && alternative != null) {
            return new Selection(SelectedModel.of(alternative, SelectedModel.READY_ALTERNATIVE, false,
                    primary.modelId(), registryAsOf, expected), primary.modelId());
        }
        if (primary != null) {
            return new Selection(SelectedModel.of(primary, SelectedModel.PRIMARY_NEEDS_WARMUP, true, null,
                    registryAsOf, expected), primary.modelId());
        }
        CatalogModel fallback = ranking.taskDefault();
        if (fallback != null) {
            boolean warm = fallback.needsWarmup();
            return new Selection(SelectedModel.of(fallback, SelectedModel.TASK_DEFAULT, warm, null, registryAsOf, expected),
                    warm ? fallback.modelId() : null);
        }
        return null;
    }
}
