package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one page of one provider kind's model list. Implementations are stateless. */
public interface ModelListParser {

    /** @throws ModelListFormatException when the body is not this kind's list shape */
    ModelPage parse(JsonNode body);
}
