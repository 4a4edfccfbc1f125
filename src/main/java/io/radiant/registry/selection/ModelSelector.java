package io.radiant.registry.selection;

import io.radiant.registry.api.NotFoundException;
import java.util.List;
import java.util.Map;

/**
 * {@code selectWithFallback} of spec 36.6, on the rows that one call of {@code select_model_candidates()}
 * returned (ranked primaries, the best ready external alternative, the task default):
 * <ol>
 *   <li>the best primary, when it is ready;</li>
 *   <li>when it is a self-hosted model that needs a warm-up (COLD or OFF): the ready external alternative,
 *       and that model is warmed in the background;</li>
 *   <li>with no alternative: the primary itself, {@code warmupRequired: true} with its
 *       {@code warmupTimeSeconds}, and it is warmed;</li>
 *   <li>with no primary at all: the task's default model, which the database only returns when the
 *       tenant's tier allows it (and it is HIPAA compliant when HIPAA is required);</li>
 *   <li>else nothing fits: 404.</li>
 * </ol>
 */
public class ModelSelector {

    public Selection choose(ModelSelectionCriteria criteria, List<Map<String, Object>> rows) {
        Candidate primary = null;
        Candidate alternative = null;
        Candidate fallback = null;
        for (Map<String, Object> row : rows) {
            Candidate c = Candidate.fromRow(row);
            switch (c.role()) {
                case Candidate.PRIMARY -> {
                    if (primary == null || rank(c) < rank(primary)) {
                        primary = c;
                    }
                }
                case Candidate.ALTERNATIVE -> alternative = c;
                case Candidate.DEFAULT -> fallback = c;
                default -> { /* a role this class does not know yet: ignore it */ }
            }
        }
        if (primary != null && !primary.warmupRequired()) {
            return new Selection(primary.answer(SelectedModel.PRIMARY, false, null), null);
        }
        if (primary != null && alternative != null) {
            return new Selection(alternative.answer(SelectedModel.READY_ALTERNATIVE, false, primary.modelId()),
                    primary.modelId());
        }
        if (primary != null) {
            return new Selection(primary.answer(SelectedModel.PRIMARY_NEEDS_WARMUP, true, null), primary.modelId());
        }
        if (fallback != null) {
            String warm = fallback.warmupRequired() ? fallback.modelId() : null;
            return new Selection(fallback.answer(SelectedModel.TASK_DEFAULT, fallback.warmupRequired(), null), warm);
        }
        throw new NotFoundException("no_model_available", "No model matches the criteria for task '"
                + criteria.task() + "' and tenant tier " + criteria.tenantTier()
                + ", and the task's default model (" + DefaultModels.forTask(criteria.task())
                + ") is not available to this tenant.");
    }

    /** The answer to the caller: the selected model of a selection. */
    public SelectedModel answer(Selection selection) {
        return selection.getModel();
    }

    private static int rank(Candidate c) {
        return c.candidateRank() == null ? Integer.MAX_VALUE : c.candidateRank();
    }
}
