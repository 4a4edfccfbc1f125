package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.upstream.RefusedEntryException;
import io.radiant.registry.upstream.UpstreamValues;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one page of one provider kind's model list. Implementations are stateless; every value is read through
 * the listing's {@link UpstreamValues}, which bounds it and counts what it refuses.
 */
public interface ModelListParser {

    /**
     * @throws ModelListFormatException when the body is not this kind's list shape (the only exception a parser
     *                                  throws: a garbled entry or value is refused and counted instead)
     */
    ModelPage parse(JsonNode body, UpstreamValues values);

    /** The list array of a page; a page without it is not a model list of this kind. */
    static JsonNode array(JsonNode body, String field, String kind) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.isArray()) {
            throw new ModelListFormatException(kind + " model list has no '" + field + "' array");
        }
        return v;
    }

    /**
     * The id of one entry, which must fit {@code models.model_id}: an entry without one, or with a longer one,
     * is refused (the listing then deprecates nothing, since it no longer names everything the provider serves).
     */
    static String requiredId(JsonNode item, String field, UpstreamValues values) {
        JsonNode v = item == null ? null : item.get(field);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            values.refusals().refuseEntry("entry-without-id", "an entry without '" + field + "'");
            throw new RefusedEntryException("no " + field);
        }
        return values.id(v.textValue(), UpstreamValues.MODEL_ID_COLUMN, field);
    }

    /**
     * Adds the model {@code read} makes of each item: one item that cannot be read costs itself only (counted).
     * A page whose every item was refused is not a list of this kind.
     */
    static void readEach(JsonNode items, List<DiscoveredModel> models, UpstreamValues values, String kind,
                         Function<JsonNode, DiscoveredModel> read) {
        int refused = readAll(items, models, values, kind, read);
        if (refused > 0 && refused == items.size()) {
            throw new ModelListFormatException(kind + " model list has no readable entry (" + values.refusals().summary() + ")");
        }
    }

    /** {@link #readEach} without the check, for a list made of several arrays; answers how many were refused. */
    static int readAll(JsonNode items, List<DiscoveredModel> models, UpstreamValues values, String kind,
                       Function<JsonNode, DiscoveredModel> read) {
        int refused = 0;
        for (JsonNode item : items) {
            try {
                models.add(read.apply(item));
            } catch (RefusedEntryException e) {
                refused++; // counted by UpstreamValues
            } catch (RuntimeException e) {
                refused++;
                values.refusals().refuseEntry("unreadable-entry", kind + " entry: " + e.getClass().getSimpleName());
            }
        }
        return refused;
    }

    /** A display name, shortened to the catalog's column when longer. */
    static String name(JsonNode item, String field, String id, UpstreamValues values) {
        return values.name(values.text(item, field, id), UpstreamValues.NAME_COLUMN, id, field);
    }

    /** Where the list is, relative to the provider's {@code api_base_url}. */
    default String listPath() {
        return "/models";
    }

    /**
     * {@code null} when the list names every model the provider serves; otherwise why it does not (such a
     * list is never complete, so a catalog model it does not name is never deprecated for that).
     */
    default String partialCoverage() {
        return null;
    }
}
