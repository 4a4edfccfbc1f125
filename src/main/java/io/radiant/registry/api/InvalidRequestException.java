package io.radiant.registry.api;

import java.util.Map;

/** Malformed input: answered 400 with a message that names the offending field. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(String field, String message) {
        super(400, "invalid_request", message, field == null ? Map.of() : Map.of("field", field));
    }

    public static InvalidRequestException body(String message) {
        return new InvalidRequestException(null, message);
    }
}
