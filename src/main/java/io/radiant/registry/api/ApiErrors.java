package io.radiant.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.sync.SyncAlreadyRunningException;
import io.radiant.registry.system.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the error body {@code {"error": "...", "message": "..."}} that every 4xx/5xx answer carries: as an
 * {@link ApiError} for the REST error handling route configuration (the REST binding writes it), as JSON text for
 * the servlet-level writers. No Camel API here.
 */
public class ApiErrors {

    private final ObjectMapper json;

    public ApiErrors(ObjectMapper json) {
        this.json = json;
    }

    /** The status of an error answer: the refused request's (found in the cause chain), else 500. */
    public int status(Throwable failure) {
        ApiException refused = cause(failure, ApiException.class);
        return refused == null ? 500 : refused.getStatus();
    }

    /**
     * The body of an error answer. Camel wraps an exception thrown by a bean called from an expression,
     * so the refused request is looked up in the cause chain; anything else is an internal error whose
     * text is not shown.
     */
    public ApiError answer(Throwable failure) {
        ApiException refused = cause(failure, ApiException.class);
        return refused == null ? internalError() : new ApiError(refused.getError(), refused.getMessage(), refused.getDetails());
    }

    /** The 409 body for a sync of a type that is already queued or running. */
    public ApiError syncAlreadyRunning(Throwable failure) {
        SyncAlreadyRunningException running = cause(failure, SyncAlreadyRunningException.class);
        return running == null
                ? new ApiError("sync_already_running", "A sync of this type is already queued or running.")
                : syncAlreadyRunning(running.syncType(), running.runningSyncId());
    }

    /** The body of a 500: a fault of ours, whose details go to the log only. */
    public ApiError internalError() {
        return new ApiError("internal_error", "The request could not be completed; the incident is logged.");
    }

    /** The first exception of {@code type} in the cause chain of {@code failure}, or null. */
    public static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The body for any error, as JSON text, for the writers outside the routes (servlet filters, the error
     * controller, the container's error valve) that have no REST binding to write it.
     */
    public String body(String error, String message) {
        return write(new ApiError(error, message));
    }

    /** {@link #body(String, String)} with the error's details. */
    public String body(ApiError error) {
        return write(error);
    }

    /** The body of a 409 when a sync of the same type is already queued or running. */
    public ApiError syncAlreadyRunning(String syncType, Object runningSyncId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("syncId", runningSyncId == null ? null : runningSyncId.toString());
        return new ApiError("sync_already_running", "A " + syncType + " sync is already queued or running (syncId "
                + runningSyncId + "); poll GET /api/v2/admin/registry/sync/" + runningSyncId + " for its outcome.",
                details);
    }

    /**
     * A piece of caller input safe to quote in a message: at most {@code max} characters, control
     * characters replaced, so an error message cannot be used to inject lines or huge strings.
     */
    public static String printable(String value, int max) {
        String cut = Texts.shorten(value, max + 1);
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    private String write(ApiError body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // a map of strings always serialises; keep a valid body even if it did not
            return "{\"error\":\"internal_error\",\"message\":\"The error could not be described.\"}";
        }
    }
}
