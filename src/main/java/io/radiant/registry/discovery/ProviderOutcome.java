package io.radiant.registry.discovery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the full sync did for one provider: synced (its list was read and diffed), partial (read in part:
 * diffed, nothing deprecated), empty (the provider listed nothing: nothing deprecated), failed or skipped.
 */
public record ProviderOutcome(String providerId, Status status, int listed, int added, int updated,
                              int deprecated, int restored, int held, String error) {

    public enum Status { SYNCED, PARTIAL, EMPTY, FAILED, SKIPPED }

    public static ProviderOutcome synced(ProviderListing listing, Map<String, Object> diff) {
        Status status = listing.isComplete() ? Status.SYNCED : Status.PARTIAL;
        String error = listing.isComplete() ? null
                : "partial model list (" + listing.getPartialReason() + "); nothing deprecated";
        return new ProviderOutcome(listing.getProviderId(), status, listing.getModelCount(),
                count(diff, "added"), count(diff, "updated"), count(diff, "deprecated"),
                count(diff, "restored"), count(diff, "held"), error);
    }

    public static ProviderOutcome empty(ProviderListing listing) {
        return new ProviderOutcome(listing.getProviderId(), Status.EMPTY, 0, 0, 0, 0, 0, 0,
                "the provider listed no models; nothing deprecated");
    }

    public static ProviderOutcome failed(String providerId, String reason) {
        return new ProviderOutcome(providerId, Status.FAILED, 0, 0, 0, 0, 0, 0, reason + "; nothing deprecated");
    }

    public static ProviderOutcome skipped(String providerId, String reason) {
        return new ProviderOutcome(providerId, Status.SKIPPED, 0, 0, 0, 0, 0, 0, "skipped: " + reason);
    }

    /** Counted in the sync's providersUpdated. */
    public boolean countsAsUpdated() {
        return status == Status.SYNCED || status == Status.PARTIAL;
    }

    /** The per-provider entry of the sync log's details. */
    public Map<String, Object> toDetail() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        d.put("listed", listed);
        d.put("added", added);
        d.put("updated", updated);
        d.put("deprecated", deprecated);
        d.put("restored", restored);
        d.put("heldForReview", held);
        if (error != null) {
            d.put("error", error);
        }
        return d;
    }

    private static int count(Map<String, Object> row, String column) {
        Object v = row == null ? null : row.get(column);
        return v instanceof Number n ? n.intValue() : 0;
    }
}
