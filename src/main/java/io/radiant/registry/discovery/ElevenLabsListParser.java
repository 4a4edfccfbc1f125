package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.upstream.UpstreamValues;
import java.util.ArrayList;
import java.util.List;

/**
 * ElevenLabs {@code GET {base}/models} (key in {@code xi-api-key}): a bare array of {@code {model_id, name,
 * description, can_do_text_to_speech, can_do_voice_conversion, languages[{language_id, name}],
 * maximum_text_length_per_request, …}}, no paging. It lists the speech-synthesis models only (the Scribe
 * speech-to-text models are not in it), so it never deprecates a catalog model it does not name.
 */
public final class ElevenLabsListParser implements ModelListParser {

    @Override
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        if (body == null || !body.isArray()) {
            throw new ModelListFormatException("elevenlabs model list is not a JSON array");
        }
        List<DiscoveredModel> models = new ArrayList<>(body.size());
        ModelListParser.readEach(body, models, values, "elevenlabs", item -> {
            String id = ModelListParser.requiredId(item, "model_id", values);
            List<String> capabilities = new ArrayList<>();
            List<String> input = new ArrayList<>();
            if (item.path("can_do_text_to_speech").asBoolean(false)) {
                capabilities.add("text_to_speech");
                input.add("text");
            }
            if (item.path("can_do_voice_conversion").asBoolean(false)) {
                capabilities.add("voice_conversion");
                input.add("audio");
            }
            List<String> output = List.of("audio");
            return new DiscoveredModel(id, ModelListParser.name(item, "name", id, values), null, null, capabilities,
                    input, output, null, null, null, CategoryGuess.of(id, "audio", capabilities, input, output));
        });
        return new ModelPage(models, null);
    }

    @Override
    public String partialCoverage() {
        return "ElevenLabs lists its speech-synthesis models only";
    }
}
