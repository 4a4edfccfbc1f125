package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.upstream.UpstreamValues;
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
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        if (body == null || !body.isObject() || (!body.has("stt") && !body.has("tts"))) {
            throw new ModelListFormatException("deepgram model list has neither 'stt' nor 'tts'");
        }
        List<DiscoveredModel> read = new ArrayList<>();
        int refused = ModelListParser.readAll(body.path("stt"), read, values, "deepgram", item -> {
            String id = JsonFields.text(item, "architecture") != null
                    ? values.id(JsonFields.text(item, "architecture"), UpstreamValues.MODEL_ID_COLUMN, "architecture")
                    : ModelListParser.requiredId(item, "canonical_name", values);
            List<String> capabilities = new ArrayList<>(List.of("speech_to_text"));
            if (item.path("streaming").asBoolean(false)) {
                capabilities.add("streaming");
            }
            return new DiscoveredModel(id, null, null, null, capabilities, List.of("audio"),
                    List.of("text"), null, null, null, "speech_to_text");
        });
        refused += ModelListParser.readAll(body.path("tts"), read, values, "deepgram", item -> {
            String id = ModelListParser.requiredId(item, "canonical_name", values);
            return new DiscoveredModel(id, ModelListParser.name(item, "name", id, values), null, null,
                    List.of("text_to_speech"), List.of("text"), List.of("audio"), null, null, null, "text_to_speech");
        });
        if (refused > 0 && read.isEmpty()) {
            throw new ModelListFormatException("deepgram model list has no readable entry ("
                    + values.refusals().summary() + ")");
        }
        // a speech-to-text model is listed once per language variant: the first one stands for all
        Map<String, DiscoveredModel> models = new LinkedHashMap<>();
        read.forEach(m -> models.putIfAbsent(m.modelId(), m));
        return new ModelPage(new ArrayList<>(models.values()), null);
    }

    @Override
    public String partialCoverage() {
        return "Deepgram lists the latest version of each model only";
    }
}
