package io.radiant.registry.discovery;

import io.radiant.registry.system.SecretRedactor;
import io.radiant.registry.sync.SyncReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of the full sync that are decisions rather than plumbing, called by name from
 * {@code routes/sync-full.yaml}: which providers have a model list, the parameters of the diff statement,
 * each provider's outcome, and the sync's {@link SyncReport} (totals, one error line per provider that had a
 * problem, "id: reason", and the per-provider figures as details).
 */
@Component("fullSyncReports")
public class FullSyncReports {

    static final String NO_LIST = "none";

    private final ProviderCredentials credentials;
    private final SecretRedactor redactor;
    private final int maxDeprecations;
    private final double maxDeprecationShare;

    public FullSyncReports(ProviderCredentials credentials, SecretRedactor redactor,
                           @Value("${registry.discovery.churn-guard.max-deprecations:10}") int maxDeprecations,
                           @Value("${registry.discovery.churn-guard.max-share:0.5}") double maxDeprecationShare) {
        this.credentials = credentials;
        this.redactor = redactor;
        this.maxDeprecations = maxDeprecations;
        this.maxDeprecationShare = maxDeprecationShare;
    }

    /** Enabled providers whose model list the registry can read. */
    public List<Map<String, Object>> discoverable(List<Map<String, Object>> providers) {
        return providers.stream().filter(p -> !NO_LIST.equals(p.get("discovery_kind"))).toList();
    }

    /** Ids of enabled providers without a model list (their catalog entries are curated). */
    public List<String> withoutModelList(List<Map<String, Object>> providers) {
        return providers.stream().filter(p -> NO_LIST.equals(p.get("discovery_kind")))
                .map(p -> String.valueOf(p.get("id"))).sorted().toList();
    }

    /** True when the provider's key variable is unset: discovery is skipped and the sync says so. */
    public boolean lacksKey(Map<String, Object> provider) {
        Object variable = provider.get("api_key_env");
        return !credentials.hasKey(variable == null ? null : String.valueOf(variable));
    }

    public ProviderOutcome skipped(Map<String, Object> provider) {
        Object variable = provider.get("api_key_env");
        return ProviderOutcome.skipped(String.valueOf(provider.get("id")),
                credentials.missingKeyReason(variable == null ? null : String.valueOf(variable)));
    }

    public ProviderOutcome failed(Map<String, Object> provider, Throwable failure) {
        Object variable = provider == null ? null : provider.get("api_key_env");
        String providerId = provider == null ? "unknown" : String.valueOf(provider.get("id"));
        return ProviderOutcome.failed(providerId,
                ProviderFailures.reason(failure, variable == null ? null : String.valueOf(variable), redactor));
    }

    public ProviderOutcome empty(ProviderListing listing) {
        return ProviderOutcome.empty(listing);
    }

    public ProviderOutcome synced(ProviderListing listing, Map<String, Object> diff) {
        return ProviderOutcome.synced(listing, diff);
    }

    /** Named parameters of {@code sql/model-diff.sql}. */
    public Map<String, Object> diffParameters(ProviderListing listing, String syncId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("providerId", listing.getProviderId());
        p.put("syncId", syncId);
        p.put("models", listing.getModelsJson());
        p.put("complete", listing.isComplete());
        p.put("maxDeprecations", maxDeprecations);
        p.put("maxDeprecationShare", maxDeprecationShare);
        return p;
    }

    public SyncReport report(List<ProviderOutcome> outcomes, List<String> withoutModelList) {
        SyncReport report = new SyncReport();
        List<ProviderOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(ProviderOutcome::providerId));
        int providersUpdated = 0;
        int added = 0;
        int updated = 0;
        int deprecated = 0;
        int restored = 0;
        int held = 0;
        Map<String, Object> perProvider = new LinkedHashMap<>();
        for (ProviderOutcome o : sorted) {
            providersUpdated += o.countsAsUpdated() ? 1 : 0;
            added += o.added();
            updated += o.updated();
            deprecated += o.deprecated();
            restored += o.restored();
            held += o.held();
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
        report.putDetail("providers", perProvider);
        if (withoutModelList != null && !withoutModelList.isEmpty()) {
            report.putDetail("withoutModelList", withoutModelList);
        }
        return report;
    }
}
