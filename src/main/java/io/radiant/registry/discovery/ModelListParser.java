package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one page of one provider kind's model list. Implementations are stateless. */
public interface ModelListParser {

    /** @throws ModelListFormatException when the body is not this kind's list shape */
    ModelPage parse(JsonNode body);

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
