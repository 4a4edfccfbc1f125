package io.radiant.registry.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The selection order (docs/api.md "Selection order"), in memory: preferProvider first; then readiness
 * (HOT, WARM, COLD self-hosted, external, OFF); then average latency, unknown last; then health (healthy,
 * degraded, unknown); then model_id and provider_id. The SQL reference {@code select_model_candidates()}
 * defines the same order; SelectionDifferentialTest holds the two to identical answers.
 */
public final class SelectionRanking {

    private static final Comparator<CatalogModel> DEFAULT_ORDER = Comparator
            .comparingInt(CatalogModel::readinessRank)
            .thenComparing(CatalogModel::providerId);

    private SelectionRanking() { }

    /**
     * The first criterion (in {@link Exclusion} order) that excludes {@code m}, or null when it matches.
     * With {@code checkHosting} false, {@code preferHosting} is not applied (the ready alternative ignores it).
     */
    public static Exclusion firstExclusion(CatalogModel m, ModelSelectionCriteria c, LocalDate today,
                                           boolean checkHosting) {
        if (!m.primaryMode().equals(c.task())) {
            return Exclusion.TASK;
        }
        if (!m.inputModalities().containsAll(c.inputModality())) {
            return Exclusion.INPUT_MODALITY;
        }
        if (!m.outputModalities().containsAll(c.outputModality())) {
            return Exclusion.OUTPUT_MODALITY;
        }
        if (m.minTier() > c.tenantTier()) {
            return Exclusion.TENANT_TIER;
        }
        if (checkHosting && !hostingAllows(c, m)) {
            return Exclusion.HOSTING;
        }
        if (!m.capabilities().containsAll(c.requiredCapabilities())) {
            return Exclusion.CAPABILITY;
        }
        if (c.minContextWindow() != null && (m.contextWindow() == null || m.contextWindow() < c.minContextWindow())) {
            return Exclusion.CONTEXT_WINDOW;
        }
        if (c.requireHIPAA() && !m.hipaa()) {
            return Exclusion.HIPAA;
        }
        if ("unhealthy".equals(m.healthStatus())) {
            return Exclusion.UNHEALTHY;
        }
        if (c.maxLatencyMs() != null && m.avgLatencyMs() != null && m.avgLatencyMs() > c.maxLatencyMs()) {
            return Exclusion.MAX_LATENCY;
        }
        if (exceedsCostCap(m, c)) {
            return Exclusion.MAX_COST;
        }
        if (m.deprecated()) {
            return Exclusion.DEPRECATED;
        }
        if (!m.enabled()) {
            return Exclusion.DISABLED;
        }
        if (m.isRetired(today)) {
            return Exclusion.RETIRED;
        }
        return null;
    }

    /** The model's estimated cost (with expected tokens: of that request) is over the cap; unknown cost passes. */
    static boolean exceedsCostCap(CatalogModel m, ModelSelectionCriteria c) {
        if (c.maxCostPerRequest() == null) {
            return false;
        }
        BigDecimal cost = m.costPerRequest(c.expectedRequest());
        return cost != null && cost.compareTo(c.maxCostPerRequest()) > 0;
    }

    static boolean hostingAllows(ModelSelectionCriteria c, CatalogModel m) {
        return "any".equals(c.preferHosting()) || c.preferHosting().equals(m.hostingType());
    }

    /**
     * The best {@code limit} primaries, the ready alternative and, with no primary, the task default. The
     * task's models are already in the static order; preferred providers are walked first, then the rest,
     * and the walk stops as soon as both the primaries and the alternative are found.
     */
    public static Ranking rank(RegistrySnapshot snapshot, ModelSelectionCriteria c, int limit, LocalDate today) {
        Set<String> preferred = c.preferProviderSet();
        Walk walk = new Walk(limit);
        if ("any".equals(c.preferHosting())) {
            walk.overPreferredFirst(snapshot.ofTask(c.task()), c, today, preferred);
        } else {
            // primaries come from the preferred hosting only, and the ready alternative is external whatever the
            // preference: two short walks instead of one over every model of the task (the order is the same,
            // each list being the task's static order restricted to one hosting type)
            walk.overPreferredFirst(snapshot.ofTask(c.task(), c.preferHosting()), c, today, preferred);
            if (walk.alternative == null) {
                walk.primariesComplete = true;
                walk.overPreferredFirst(snapshot.ofTask(c.task(), CatalogModel.EXTERNAL), c, today, preferred);
            }
        }
        CatalogModel taskDefault = walk.primaries.isEmpty() ? taskDefault(snapshot, c, today) : null;
        return new Ranking(List.copyOf(walk.primaries), walk.alternative, taskDefault);
    }

    private static CatalogModel taskDefault(RegistrySnapshot snapshot, ModelSelectionCriteria c, LocalDate today) {
        CatalogModel best = null;
        for (CatalogModel m : snapshot.withModelId(DefaultModels.forTask(c.task()))) {
            boolean usable = m.enabled() && !m.deprecated() && !m.isRetired(today) && meetsHardRequirements(m, c);
            if (usable && (best == null || DEFAULT_ORDER.compare(m, best) < 0)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * What a caller requires rather than prefers, which binds the task default too: the modalities, the
     * capabilities, the context window, the tenant's tier, HIPAA and, when the caller gave expected tokens, the
     * cost cap (an estimate of the caller's own request; without one the cap compares a nominal request and
     * does not bind the default).
     */
    static boolean meetsHardRequirements(CatalogModel m, ModelSelectionCriteria c) {
        return m.inputModalities().containsAll(c.inputModality())
                && m.outputModalities().containsAll(c.outputModality())
                && m.minTier() <= c.tenantTier()
                && m.capabilities().containsAll(c.requiredCapabilities())
                && (c.minContextWindow() == null || m.contextWindow() != null && m.contextWindow() >= c.minContextWindow())
                && (!c.requireHIPAA() || m.hipaa())
                && (c.expectedRequest() == null || !exceedsCostCap(m, c));
    }

    private static final class Walk {
        private final int limit;
        private final List<CatalogModel> primaries = new ArrayList<>();
        private CatalogModel alternative;
        private boolean primariesComplete;

        Walk(int limit) {
            this.limit = limit;
        }

        /** Preferred providers' models first, then the rest (both in the list's order). */
        void overPreferredFirst(List<CatalogModel> models, ModelSelectionCriteria c, LocalDate today,
                                Set<String> preferred) {
            if (preferred.isEmpty()) {
                over(models, c, today, null, false);
            } else {
                over(models, c, today, preferred, true);
                over(models, c, today, preferred, false);
            }
        }

        /** With {@code preferred} set: only the models whose preference equals {@code wantPreferred}. */
        void over(List<CatalogModel> models, ModelSelectionCriteria c, LocalDate today, Set<String> preferred,
                  boolean wantPreferred) {
            for (CatalogModel m : models) {
                if ((primariesComplete || primaries.size() >= limit) && alternative != null) {
                    return;
                }
                if (preferred != null && m.isPreferredBy(preferred) != wantPreferred) {
                    continue;
                }
                if (firstExclusion(m, c, today, false) != null) {
                    continue;
                }
                if (!primariesComplete && primaries.size() < limit && hostingAllows(c, m)) {
                    primaries.add(m);
                }
                if (alternative == null && m.isExternal()) {
                    alternative = m;
                }
            }
        }
    }
}
