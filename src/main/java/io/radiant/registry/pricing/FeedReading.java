package io.radiant.registry.pricing;

import java.util.List;

/** One feed as read: its source name, how many entries it had, and those it could normalise. */
public record FeedReading(String source, int entriesRead, List<FeedEntry> entries) {

    public FeedReading {
        entries = List.copyOf(entries);
    }
}
