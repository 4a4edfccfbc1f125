package io.radiant.registry.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a request body that must be a JSON object, strictly: the content type must be JSON, the body
 * valid JSON without duplicate keys, and an object. Every failure is an {@link ApiException} (415 or 400).
 */
public final class JsonRequestBody {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonRequestBody() { }

    /**
     * The body as a JSON object.
     *
     * @param body        the raw body (may be null or empty)
     * @param contentType the request's Content-Type header
     * @param emptyAllowed whether an empty body stands for {@code {}}
     */
    public static ObjectNode object(String body, String contentType, boolean emptyAllowed) {
        boolean empty = body == null || body.isBlank();
        if (empty && emptyAllowed && contentType == null) {
            return STRICT.createObjectNode();
        }
        if (!isJson(contentType)) {
            throw new UnsupportedMediaTypeException(contentType);
        }
        if (empty) {
            if (emptyAllowed) {
                return STRICT.createObjectNode();
            }
            throw InvalidRequestException.body("The request body is empty: send a JSON object.");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JsonParseException e) {
            throw InvalidRequestException.body("The request body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + reason(e.getOriginalMessage()) + ".");
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.body("The request body is not valid JSON.");
        }
        if (node == null || node.isMissingNode()) {
            throw InvalidRequestException.body("The request body is empty: send a JSON object.");
        }
        if (!node.isObject()) {
            throw InvalidRequestException.body("The request body must be a JSON object, not " + describe(node) + ".");
        }
        return (ObjectNode) node;
    }

    /**
     * The body of a request as text, read into a buffer sized for a small body. The platform-http binding hands the
     * routes a reader over the body it has read; Camel's own conversion of a reader to a String wraps it in a
     * BufferedReader with an 8,192-character buffer, on selection's hot path a sixth of every byte allocated per
     * request (bench/RESULTS.md). Bodies are bounded before any route reads them (RequestBodyLimitFilter).
     */
    public static String text(Reader body) {
        if (body == null) {
            return null;
        }
        try (body) {
            char[] buffer = new char[256];
            int length = 0;
            for (int read; (read = body.read(buffer, length, buffer.length - length)) >= 0; ) {
                length += read;
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
            return new String(buffer, 0, length);
        } catch (IOException e) {
            throw InvalidRequestException.body("The request body could not be read.");
        }
    }

    /** Jackson's reason without its source excerpt: the caller knows their body, logs need not. */
    static String reason(String message) {
        String text = message == null ? "malformed JSON" : message;
        for (String cut : new String[] {"\n", " (start marker", " at [Source", ": was expecting"}) {
            int at = text.indexOf(cut);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        return ApiErrors.printable(text, 120);
    }

    /** application/json or any application/*+json, with or without parameters (charset). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case OBJECT, POJO -> "an object";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
