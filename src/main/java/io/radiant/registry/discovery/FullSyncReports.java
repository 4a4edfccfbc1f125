package io.radiant.registry.discovery;

import io.radiant.registry.system.SecretRedactor;
import io.radiant.registry.sync.SyncReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The steps of the full sync that are decisions rather than plumbing, called by name from
 * {@code routes/sync-full.camel.yaml}, one call per step: which providers have a model list, whether one is skipped
 * for want of a key, its outcome, and the sync's {@link SyncReport}
 * (totals, one error line per provider that had a problem, "id: reason", and the per-provider figures as
 * details).
 */
@Component("fullSyncReports")
public class FullSyncReports {

    static final String NO_LIST = "none";

    private final ProviderCredentials credentials;
    private final SecretRedactor redactor;

    public FullSyncReports(ProviderCredentials credentials, SecretRedactor redactor) {
        this.credentials = credentials;
        this.redactor = redactor;
    }

    /** Enabled providers whose model list the registry can read. */
    public List<Map<String, Object>> discoverable(List<Map<String, Object>> providers) {
        return providers.stream().filter(p -> !NO_LIST.equals(p.get("discovery_kind"))).toList();
    }

    /**
     * The outcome of a provider that is not asked for its list because its key variable is unset (the sync
     * says so), or null when it has a key.
     */
    public ProviderOutcome skippedWithoutKey(Map<String, Object> provider) {
        String variable = text(provider.get("api_key_env"));
        if (credentials.hasKey(variable)) {
            return null;
        }
        return ProviderOutcome.skipped(String.valueOf(provider.get("id")), credentials.missingKeyReason(variable));
    }

    public ProviderOutcome failed(Map<String, Object> provider, Throwable failure) {
        String providerId = provider == null ? "unknown" : String.valueOf(provider.get("id"));
        return ProviderOutcome.failed(providerId,
                ProviderFailures.reason(failure, provider == null ? null : text(provider.get("api_key_env")), redactor));
    }

    /**
     * What reading the provider's list came to: empty (nothing to diff, nothing deprecated) or the figures of its
     * diff statement (null when the statement answered no row).
     */
    public ProviderOutcome outcome(ProviderListing listing, Map<String, Object> diff) {
        return listing.getModelCount() == 0 ? ProviderOutcome.empty(listing) : ProviderOutcome.synced(listing, diff);
    }

    /**
     * The sync's report from every provider's outcome; {@code enabledProviders} are all providers the sync
     * looked at, so that those without a model list are named too.
     */
    public SyncReport report(List<ProviderOutcome> outcomes, List<Map<String, Object>> enabledProviders) {
        List<String> withoutModelList = enabledProviders.stream().filter(p -> NO_LIST.equals(p.get("discovery_kind")))
                .map(p -> String.valueOf(p.get("id"))).sorted().toList();
        SyncReport report = new SyncReport();
        List<ProviderOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(ProviderOutcome::providerId));
        int providersUpdated = 0;
        int added = 0;
        int updated = 0;
        int deprecated = 0;
        int restored = 0;
        int held = 0;
        int proposed = 0;
        int lifecycle = 0;
        int retirementsHeld = 0;
        int discoveriesHeld = 0;
        Map<String, Object> perProvider = new LinkedHashMap<>();
        for (ProviderOutcome o : sorted) {
            providersUpdated += o.countsAsUpdated() ? 1 : 0;
            added += o.added();
            updated += o.updated();
            deprecated += o.deprecated();
            restored += o.restored();
            held += o.held();
            proposed += o.proposed();
            lifecycle += o.lifecycle();
            retirementsHeld += o.retirementsHeld();
            discoveriesHeld += o.discoveriesHeld();
            if (o.error() != null) {
                report.addError(o.providerId() + ": " + redactor.redact(o.error()));
            }
            perProvider.put(o.providerId(), o.toDetail());
        }
        report.setProvidersUpdated(providersUpdated);
        report.setModelsAdded(added);
        report.setModelsUpdated(updated);
        report.setModelsDeprecated(deprecated);
        report.putDetail("modelsRestored", restored);
        report.putDetail("deprecationsHeldForReview", held);
        report.putDetail("valuesProposedForReview", proposed);
        report.putDetail("lifecycleValuesLearned", lifecycle);
        report.putDetail("retirementsHeldForReview", retirementsHeld);
        report.putDetail("newIdsHeldForReview", discoveriesHeld);
        report.putDetail("providers", perProvider);
        if (!withoutModelList.isEmpty()) {
            report.putDetail("withoutModelList", withoutModelList);
        }
        return report;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
