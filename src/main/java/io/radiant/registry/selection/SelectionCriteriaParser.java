package io.radiant.registry.selection;

import io.radiant.registry.api.JsonFields;
import io.radiant.registry.api.JsonRequestBody;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the body of {@code POST /api/v2/registry/select} (and {@code /select/explain}) into
 * {@link ModelSelectionCriteria}, or a 4xx naming the bad field.
 */
public class SelectionCriteriaParser {

    public static final Set<String> TASKS = orderedSet("chat", "completion", "embedding", "image", "video", "audio",
            "transcription", "search", "3d", "inference");
    public static final Set<String> HOSTING = orderedSet("any", "external", "self_hosted");
    static final Set<String> FIELDS = orderedSet("task", "inputModality", "outputModality", "tenantTier",
            "preferHosting", "preferProvider", "maxLatencyMs", "maxCostPerRequest", "requiredCapabilities",
            "minContextWindow", "requireHIPAA");

    private static final int MAX_LATENCY_MS = 3_600_000;
    private static final int MAX_CONTEXT_WINDOW = 100_000_000;
    /** USD; far above any one request's cost, so only nonsense (1e400, an overflow) is refused. */
    private static final BigDecimal MAX_COST_PER_REQUEST = new BigDecimal("1000000");

    /** The criteria of a request body as the REST route hands it over: a reader. */
    public ModelSelectionCriteria read(Reader body, String contentType) {
        return parse(JsonRequestBody.text(body), contentType);
    }

    public ModelSelectionCriteria parse(String body, String contentType) {
        JsonFields fields = new JsonFields(JsonRequestBody.object(body, contentType, false)).onlyFields(FIELDS);
        return new ModelSelectionCriteria(
                fields.requiredString("task", TASKS),
                fields.requiredStringList("inputModality"),
                fields.requiredStringList("outputModality"),
                fields.requiredInt("tenantTier", 1, 5),
                fields.optionalString("preferHosting", HOSTING),
                fields.optionalStringList("preferProvider"),
                fields.optionalInt("maxLatencyMs", 1, MAX_LATENCY_MS),
                fields.optionalNumberUpTo("maxCostPerRequest", MAX_COST_PER_REQUEST),
                fields.optionalStringList("requiredCapabilities"),
                fields.optionalInt("minContextWindow", 1, MAX_CONTEXT_WINDOW),
                fields.optionalBoolean("requireHIPAA", false));
    }

    private static Set<String> orderedSet(String... values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
    }
}
