package io.radiant.registry.pricing;

import io.radiant.registry.upstream.UpstreamText;

/**
 * A feed answered with a body that is not its shape at all (no JSON, a parsing limit broken, no entries where
 * they belong): the only exception a feed parser throws. Entries and values it cannot believe are refused one
 * by one instead ({@link io.radiant.registry.upstream.Refusals}). The message is escaped: it may quote the feed.
 */
public class FeedFormatException extends IllegalArgumentException {

    private static final int MESSAGE_LENGTH = 300;

    public FeedFormatException(String message) {
        super(UpstreamText.escape(message, MESSAGE_LENGTH));
    }
}
