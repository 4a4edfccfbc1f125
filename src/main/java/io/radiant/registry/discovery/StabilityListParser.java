package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.upstream.UpstreamValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Stability AI {@code GET {base}/engines/list} (Bearer key, base {@code https://api.stability.ai/v1}): a bare
 * array of {@code {id, name, description, type}} ({@code type} PICTURE for image engines), no paging. It names
 * the v1 engines only; the v2beta Stable Image services (Ultra, Core, SD 3.5) are not engines, so the list never
 * deprecates a catalog model it does not name.
 */
public final class StabilityListParser implements ModelListParser {

    @Override
    public ModelPage parse(JsonNode body, UpstreamValues values) {
        if (body == null || !body.isArray()) {
            throw new ModelListFormatException("stability engine list is not a JSON array");
        }
        List<DiscoveredModel> models = new ArrayList<>(body.size());
        ModelListParser.readEach(body, models, values, "stability", item -> {
            String id = ModelListParser.requiredId(item, "id", values);
            boolean picture = "PICTURE".equalsIgnoreCase(JsonFields.text(item, "type"));
            List<String> output = picture ? List.of("image") : List.of();
            List<String> capabilities = picture ? List.of("image_generation") : List.of();
            return new DiscoveredModel(id, ModelListParser.name(item, "name", id, values), null, null, capabilities,
                    List.of("text", "image"), output, null, null, null,
                    CategoryGuess.of(id, picture ? "image" : JsonFields.text(item, "type"), capabilities,
                            List.of("text", "image"), output));
        });
        return new ModelPage(models, null);
    }

    @Override
    public String listPath() {
        return "/engines/list";
    }

    @Override
    public String partialCoverage() {
        return "Stability lists its v1 engines only, not the v2beta Stable Image services";
    }
}
