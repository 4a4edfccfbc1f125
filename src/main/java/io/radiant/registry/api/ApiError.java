package io.radiant.registry.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of every 4xx/5xx answer, schema {@code Error} of the contract: {@code {"error", "message"}} plus the
 * optional details of that error ({@code field}, {@code syncId}, {@code limit}). Written by the REST binding
 * like any other answer.
 */
@JsonPropertyOrder({"error", "message"})
public final class ApiError {

    private final String error;
    private final String message;
    private final Map<String, Object> details;

    public ApiError(String error, String message, Map<String, Object> details) {
        this.error = error;
        this.message = message;
        this.details = details.isEmpty() ? Map.of() : new LinkedHashMap<>(details);
    }

    public ApiError(String error, String message) {
        this(error, message, Map.of());
    }

    public String getError() {
        return error;
    }

    public String getMessage() {
        return message;
    }

    /** Members after error and message, named by the details' keys. */
    @JsonAnyGetter
    public Map<String, Object> getDetails() {
        return details;
    }
}
