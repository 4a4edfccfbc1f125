package io.radiant.registry.discovery;

import io.radiant.registry.upstream.Refusals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the full sync did for one provider: synced (its list was read and diffed), partial (read in part:
 * diffed, nothing deprecated), empty (the provider listed nothing: nothing deprecated), failed or skipped.
 * {@code proposed}: values of the list that differ from a curated or admin value, queued as
 * {@code metadata_change} review items; {@code lifecycle}: retirement dates and successors learnt;
 * {@code unreadable}: lifecycle values of the list that could not be read and were left out; {@code refused}:
 * values and entries refused by the parsing limits ({@code {count, byReason, samples}}, {@code null} when none);
 * {@code retirementsHeld} and {@code discoveriesHeld}: listed retirements and new ids held by the churn guard as
 * one review item each.
 */
public record ProviderOutcome(String providerId, Status status, int listed, int added, int updated,
                              int deprecated, int restored, int held, int proposed, int lifecycle,
                              List<String> unreadable, Map<String, Object> refused, String error,
                              int retirementsHeld, int discoveriesHeld) {

    public enum Status { SYNCED, PARTIAL, EMPTY, FAILED, SKIPPED }

    /** Unreadable values named in the details and the log; the rest are only counted. */
    static final int UNREADABLE_SAMPLE = 10;

    public ProviderOutcome {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public static ProviderOutcome synced(ProviderListing listing, Map<String, Object> diff) {
        Status status = listing.isComplete() ? Status.SYNCED : Status.PARTIAL;
        List<String> problems = new ArrayList<>();
        if (!listing.isComplete()) {
            problems.add("partial model list (" + listing.getPartialReason() + "); nothing deprecated");
        }
        int proposed = count(diff, "proposed");
        if (proposed > 0) {
            problems.add(proposed + " listed value(s) differ from curated or admin values: proposed for review");
        }
        int held = count(diff, "held");
        int retirementsHeld = count(diff, "retirements_held");
        if (held + retirementsHeld > 0) {
            problems.add("churn guard: " + count(diff, "dropping") + " models would leave selection at once; "
                    + held + " deprecation(s) and " + retirementsHeld + " retirement(s) held for review");
        }
        int discoveriesHeld = count(diff, "discoveries_held");
        if (discoveriesHeld > 0) {
            problems.add(discoveriesHeld + " new ids held for review as one decision (mass_discovery)");
        }
        List<String> unreadable = listing.getUnreadableValues();
        if (!unreadable.isEmpty()) {
            problems.add(unreadable.size() + " unreadable value(s) left out (" + unreadable.get(0)
                    + (unreadable.size() > 1 ? ", …" : "") + ")");
        }
        Refusals refused = listing.getRefused();
        if (!refused.isEmpty()) {
            problems.add(refused.summary() + "; the rest applied");
        }
        return new ProviderOutcome(listing.getProviderId(), status, listing.getModelCount(),
                count(diff, "added"), count(diff, "updated"), count(diff, "deprecated"),
                count(diff, "restored"), held, proposed, count(diff, "lifecycle_changes"), unreadable,
                refused.isEmpty() ? null : refused.toDetail(), problems.isEmpty() ? null : String.join("; ", problems),
                retirementsHeld, discoveriesHeld);
    }

    public static ProviderOutcome empty(ProviderListing listing) {
        Refusals refused = listing.getRefused();
        return new ProviderOutcome(listing.getProviderId(), Status.EMPTY, 0, 0, 0, 0, 0, 0, 0, 0, List.of(),
                refused.isEmpty() ? null : refused.toDetail(), "the provider listed no models; nothing deprecated",
                0, 0);
    }

    public static ProviderOutcome failed(String providerId, String reason) {
        return new ProviderOutcome(providerId, Status.FAILED, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null,
                reason + "; nothing deprecated", 0, 0);
    }

    public static ProviderOutcome skipped(String providerId, String reason) {
        return new ProviderOutcome(providerId, Status.SKIPPED, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null,
                "skipped: " + reason, 0, 0);
    }

    /** The first {@value #UNREADABLE_SAMPLE} unreadable values. */
    public List<String> unreadableSample() {
        return unreadable.size() > UNREADABLE_SAMPLE ? unreadable.subList(0, UNREADABLE_SAMPLE) : unreadable;
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
        d.put("valuesProposedForReview", proposed);
        d.put("lifecycleValuesLearned", lifecycle);
        if (retirementsHeld > 0) {
            d.put("retirementsHeldForReview", retirementsHeld);
        }
        if (discoveriesHeld > 0) {
            d.put("newIdsHeldForReview", discoveriesHeld);
        }
        if (!unreadable.isEmpty()) {
            d.put("unreadableValues", unreadableSample());
            d.put("unreadableCount", unreadable.size());
        }
        if (refused != null) {
            d.put("refused", refused);
        }
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
