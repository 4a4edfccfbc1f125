package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;

/** Reads one page of one provider kind's model list. Implementations are stateless. */
public interface ModelListParser {

    /** @throws ModelListFormatException when the body is not this kind's list shape */
    ModelPage parse(JsonNode body);

    /** The list array of a page; a page without it is not a model list of this kind. */
    static JsonNode array(JsonNode body, String field, String kind) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.isArray()) {
            throw new ModelListFormatException(kind + " model list has no '" + field + "' array");
        }
        return v;
    }

    /** The id of one entry; an entry without one is a malformed list, not a model to skip. */
    static String requiredId(JsonNode item, String field, String kind) {
        String id = JsonFields.text(item, field);
        if (id == null || id.isBlank()) {
            throw new ModelListFormatException(kind + " model list has an entry without '" + field + "'");
        }
        return id;
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

