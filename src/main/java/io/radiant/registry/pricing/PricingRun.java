package io.radiant.registry.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One pricing sync's feeds: the configured ones in precedence order (LiteLLM, models.dev, OpenRouter) and
 * what each answered. Kept in an exchange variable by {@code routes/sync-pricing.camel.yaml} while it loops over them.
 */
public final class PricingRun {

    /** A feed to read: its source name and URL. */
    public record Feed(String source, String url) { }

    private final List<Feed> feeds;
    private final List<String> notConfigured;
    private final List<FeedReading> readings = new ArrayList<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    PricingRun(List<Feed> feeds, List<String> notConfigured) {
        this.feeds = List.copyOf(feeds);
        this.notConfigured = List.copyOf(notConfigured);
    }

    public int getFeedCount() {
        return feeds.size();
    }

    /** The URL of feed number {@code index}, the loop's index in routes/sync-pricing.camel.yaml. */
    public String feedUrl(int index) {
        return feeds.get(index).url();
    }

    public List<Feed> feeds() {
        return feeds;
    }

    public List<String> notConfigured() {
        return notConfigured;
    }

    public List<FeedReading> readings() {
        return List.copyOf(readings);
    }

    void add(FeedReading reading) {
        readings.add(reading);
    }

    /** Feeds that could not be fetched or read this time, by source: the reason. Nothing of them is applied. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /** The failures as one line, "source: reason; source: reason", for the sync's error when every feed failed. */
    public String failureReasons() {
        StringJoiner reasons = new StringJoiner("; ");
        failures.forEach((source, reason) -> reasons.add(source + ": " + reason));
        return reasons.toString();
    }

    void fail(String source, String reason) {
        failures.put(source, reason);
    }
}
