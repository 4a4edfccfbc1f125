package io.radiant.registry.review;

import java.util.LinkedHashMap;
import java.util.Map;

/** A review request the API refuses: 400 (bad input, naming the field), 404 (no such entry), 409 (decided). */
public class ReviewRequestException extends RuntimeException {

    private final int status;
    private final String error;
    private final String field;

    public ReviewRequestException(int status, String error, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    public static ReviewRequestException invalid(String field, String message) {
        return new ReviewRequestException(400, "invalid_request", field, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }

    /** The JSON error body: {error, message[, field]}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", getMessage());
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}
