package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deepgram {@code GET {base}/models} (key as {@code Authorization: Token KEY}): {@code {stt:[{name,
 * canonical_name, architecture, languages[], version, uuid, batch, streaming}], tts:[{name, canonical_name,
 * architecture, languages[], version, uuid, metadata}]}}, no paging. A speech-to-text model is requested by
 * its architecture ({@code model=nova-3}), listed once per language variant, so the architecture is the id;
 * a voice is requested by its canonical name ({@code model=aura-2-thalia-en}). Only the latest version of each
 * model is listed (older ones need {@code include_outdated}), so the list never deprecates anything.
 */
public final class DeepgramListParser implements ModelListParser {

    @Override
    public ModelPage parse(JsonNode body) {
        if (body == null || !body.isObject() || (!body.has("stt") && !body.has("tts"))) {
            throw new ModelListFormatException("deepgram model list has neither 'stt' nor 'tts'");
        }
        Map<String, DiscoveredModel> models = new LinkedHashMap<>();
        for (JsonNode item : body.path("stt")) {
            String id = JsonFields.text(item, "architecture");
            if (id == null) {
                id = ModelListParser.requiredId(item, "canonical_name", "deepgram");
            }
            List<String> capabilities = new ArrayList<>(List.of("speech_to_text"));
            if (item.path("streaming").asBoolean(false)) {
                capabilities.add("streaming");
            }
            models.putIfAbsent(id, new DiscoveredModel(id, null, null, null, capabilities, List.of("audio"),
                    List.of("text"), null, null, null, "speech_to_text"));
        }
        for (JsonNode item : body.path("tts")) {
            String id = ModelListParser.requiredId(item, "canonical_name", "deepgram");
            models.putIfAbsent(id, new DiscoveredModel(id, JsonFields.text(item, "name"), null, null,
                    List.of("text_to_speech"), List.of("text"), List.of("audio"), null, null, null, "text_to_speech"));
        }
        return new ModelPage(new ArrayList<>(models.values()), null);
    }

    @Override
    public String partialCoverage() {
        return "Deepgram lists the latest version of each model only";
    }
}
