package io.radiant.registry.upstream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;

/**
 * Reads upstream JSON (provider lists, feeds) within {@code registry.upstream.parse.*}: nesting depth, string
 * and key length and number length bounded while parsing, decimals kept exact (prices per token have 10+
 * significant digits). A body that breaks a bound, or is no JSON at all, is unreadable: the caller's own
 * exception, made by {@code unreadable}, with a short escaped reason.
 */
public final class UpstreamJson {

    private static final int REASON_LENGTH = 160;

    private final ObjectMapper json;

    public UpstreamJson(UpstreamParseProperties limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * The document {@code body}, or the exception {@code unreadable} makes of a reason ("is not valid JSON
     * (…)", "is empty") when there is none within the bounds.
     */
    public <E extends RuntimeException> JsonNode read(String body, Function<String, E> unreadable) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw unreadable.apply("is not valid JSON or breaks a parsing limit ("
                    + UpstreamText.escape(e.getOriginalMessage(), REASON_LENGTH) + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw unreadable.apply("is empty");
        }
        return root;
    }
}
