package io.radiant.registry.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.upstream.RefusedEntryException;
import io.radiant.registry.upstream.UpstreamJson;
import io.radiant.registry.upstream.UpstreamValues;
import io.radiant.registry.upstream.UpstreamValues.PriceUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reading of one feed entry's fields through {@link UpstreamValues}: a field of the wrong type or out of its
 * bounds is refused as that value (counted, the rest of the entry kept), never a failure of the feed. Every
 * number a feed parser reads goes through {@link #price} or {@link #integer}, so its size is checked before
 * anything computes with it.
 */
final class FeedJson {

    private final UpstreamValues values;
    private final String entry;

    private FeedJson(UpstreamValues values, String entry) {
        this.values = values;
        this.entry = entry;
    }

    /** The whole feed document, or {@link FeedFormatException} ("the LiteLLM cost map is not valid JSON …"). */
    static JsonNode read(String body, String what, UpstreamJson json) {
        return json.read(body, reason -> new FeedFormatException(what + " " + reason));
    }

    /**
     * Adds the entry {@code read} makes, when it can be made: an entry refused for its id, or one that failed in
     * any other way, costs itself only (counted), never the feed.
     */
    static void add(List<FeedEntry> entries, UpstreamValues values, String key, Supplier<FeedEntry> read) {
        try {
            entries.add(read.get());
        } catch (RefusedEntryException refused) {
            // already counted by UpstreamValues.id
        } catch (RuntimeException unexpected) {
            values.refusals().refuseEntry("unreadable-entry", key + ": " + unexpected.getClass().getSimpleName());
        }
    }

    /** The fields of the entry named {@code entry} (the name its refusals are sampled under). */
    static FeedJson entry(UpstreamValues values, String entry) {
        return new FeedJson(values, entry);
    }

    /** The entry's id, which must fit {@code column}, or the whole entry is refused. */
    String id(String id, int column) {
        return values.id(id, column, "id");
    }

    String text(JsonNode node, String field) {
        return values.text(node, field, entry);
    }

    /** A name for people, shortened to the catalog's name column when longer. */
    String name(JsonNode node, String field) {
        return values.name(values.text(node, field, entry), UpstreamValues.NAME_COLUMN, entry, field);
    }

    /** A token count (context window, output limit). */
    Integer integer(JsonNode node, String field) {
        return values.tokenCount(node, field, entry);
    }

    /** A token price, in USD per 1k tokens, from the feed's {@code unit}. */
    BigDecimal price(JsonNode node, String field, PriceUnit unit) {
        return values.price(node, field, unit, entry);
    }

    /** A {@code yyyy-mm-dd} date that is a real calendar day within the configured years, or {@code null}. */
    String date(JsonNode node, String field) {
        return values.date(node, field, entry);
    }

    /** The distinct words of an array member, capped. */
    List<String> strings(JsonNode node, String field) {
        return values.list(node, field, entry);
    }
}
