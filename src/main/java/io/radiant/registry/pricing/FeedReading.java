package io.radiant.registry.pricing;

import io.radiant.registry.upstream.Refusals;
import java.util.List;

/**
 * One feed as read: its source name, how many entries it had, those it could normalise, and what it said that
 * was refused (values and whole entries; the rest of the feed is applied).
 */
public record FeedReading(String source, int entriesRead, List<FeedEntry> entries, Refusals refused) {

    public FeedReading {
        entries = List.copyOf(entries);
    }
}
