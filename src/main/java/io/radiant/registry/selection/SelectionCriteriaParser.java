package io.radiant.registry.selection;

import io.radiant.registry.api.JsonFields;
import io.radiant.registry.api.JsonRequestBody;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the body of {@code POST /api/v2/registry/select} into {@link ModelSelectionCriteria}, or a 4xx
 * naming the bad field; and the criteria into the named parameters of {@code sql/select-model-candidates.sql}.
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

    private final int candidateLimit;

    public SelectionCriteriaParser(int candidateLimit) {
        this.candidateLimit = candidateLimit;
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
                fields.optionalNonNegativeNumber("maxCostPerRequest"),
                fields.optionalStringList("requiredCapabilities"),
                fields.optionalInt("minContextWindow", 1, MAX_CONTEXT_WINDOW),
                fields.optionalBoolean("requireHIPAA", false));
    }

    /** Named parameters of sql/select-model-candidates.sql (arrays as String[] → PostgreSQL TEXT[]). */
    public Map<String, Object> sqlParameters(ModelSelectionCriteria c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("task", c.task());
        p.put("inputModalities", array(c.inputModality()));
        p.put("outputModalities", array(c.outputModality()));
        p.put("tenantTier", c.tenantTier());
        p.put("preferHosting", c.preferHosting());
        p.put("requiredCapabilities", array(c.requiredCapabilities()));
        p.put("minContextWindow", c.minContextWindow());
        p.put("requireHipaa", c.requireHIPAA());
        p.put("preferProviders", array(c.preferProvider()));
        p.put("maxLatencyMs", c.maxLatencyMs());
        p.put("maxCostPerRequest", c.maxCostPerRequest());
        p.put("defaultModelId", DefaultModels.forTask(c.task()));
        p.put("limit", candidateLimit);
        return p;
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static Set<String> orderedSet(String... values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
    }
}
