package io.radiant.registry.api;

import java.util.Map;

/**
 * A request the API refuses, with the HTTP status and the {@code error} code of the JSON error body.
 * The message is meant for the caller: it names what is wrong and never carries a secret or a stack trace.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final transient Map<String, Object> details;

    public ApiException(int status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public ApiException(int status, String error, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.details = Map.copyOf(details);
    }

    public int getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    /** Extra members of the error body (e.g. {@code field}); never secrets. */
    public Map<String, Object> getDetails() {
        return details;
    }
}
