package io.radiant.registry.selection;

import io.radiant.registry.pricing.CostRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Selection from memory: ranks the criteria over the snapshot {@link SelectionData} holds, with no database
 * round trip. {@link #select} and {@link #explain} share {@link SelectionRanking} and {@link ModelSelector},
 * so explain can never disagree with the answer.
 */
public class SelectionEngine {

    private final SelectionData data;
    private final ModelSelector selector;
    private final Clock clock;
    private final int candidateLimit;
    private final int explainLimit;

    public SelectionEngine(SelectionData data, ModelSelector selector, Clock clock, int candidateLimit,
                           int explainLimit) {
        this.data = data;
        this.selector = selector;
        this.clock = clock;
        this.candidateLimit = candidateLimit;
        this.explainLimit = explainLimit;
    }

    /** POST /api/v2/registry/select: the selection (and the model to warm, if any), or 404. */
    public Selection select(ModelSelectionCriteria criteria) {
        RegistrySnapshot snapshot = data.snapshot();
        Ranking ranking = SelectionRanking.rank(snapshot, criteria, candidateLimit, today());
        return selector.choose(criteria, ranking, snapshot.asOfText());
    }

    /** POST /api/v2/registry/select/explain: no warm-up and no metric, only the reasons. */
    public SelectionExplanation explain(ModelSelectionCriteria criteria) {
        RegistrySnapshot snapshot = data.snapshot();
        LocalDate today = today();
        Ranking ranking = SelectionRanking.rank(snapshot, criteria, explainLimit, today);
        CostRequest expected = criteria.expectedRequest();
        Selection selection = selector.decide(
                new Ranking(ranking.primaries().isEmpty() ? List.of() : ranking.primaries().subList(0, 1),
                        ranking.alternative(), ranking.taskDefault()),
                snapshot.asOfText(), expected);

        List<SelectionExplanation.Ranked> ranked = new ArrayList<>();
        for (CatalogModel m : ranking.primaries()) {
            ranked.add(SelectionExplanation.Ranked.of(ranked.size() + 1, m, expected));
        }
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        List<SelectionExplanation.Rejected> rejected = new ArrayList<>();
        for (CatalogModel m : snapshot.all()) {
            Exclusion why = SelectionRanking.firstExclusion(m, criteria, today, true);
            if (why == null) {
                continue;
            }
            counts.merge(why, 1, Integer::sum);
            if (why != Exclusion.TASK && rejected.size() < explainLimit) {
                rejected.add(new SelectionExplanation.Rejected(m.modelId(), m.providerId(), why.reason()));
            }
        }
        Map<String, Integer> rejectedCounts = new LinkedHashMap<>();
        counts.forEach((why, n) -> rejectedCounts.put(why.reason(), n));
        return new SelectionExplanation(selection == null ? null : selection.getModel(), snapshot.asOfText(),
                ranked, rejected, rejectedCounts);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
