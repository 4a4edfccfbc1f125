package io.radiant.registry.discovery;

import io.radiant.registry.system.Texts;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import io.radiant.registry.system.SecretRedactor;
import io.radiant.registry.upstream.UpstreamLimitException;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Turns whatever a provider call failed with into a short reason for the sync's errors: status and meaning,
 * never the URL, response body or headers, and with every known key scrubbed from exception text.
 */
public final class ProviderFailures {

    private static final int MAX_REASON = 200;

    private ProviderFailures() { }

    public static String reason(Throwable failure, String keyVariable, SecretRedactor redactor) {
        UpstreamLimitException limit = UpstreamLimitException.in(failure);
        if (limit != null) {
            return limit.getMessage();
        }
        Throwable e = unwrap(failure);
        if (e instanceof HttpOperationFailedException http) {
            return httpReason(http.getStatusCode(), keyVariable);
        }
        if (e instanceof SocketTimeoutException || lower(e).contains("timed out") || lower(e).contains("timeout")) {
            return "no answer in time (timeout)";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof ModelListFormatException) {
            // the message is escaped already: it may quote the provider's body
            return "unreadable model list: " + clip(redactor.redact(e.getMessage()));
        }
        String message = e.getMessage() == null ? "" : ": " + redactor.redact(e.getMessage());
        return clip(e.getClass().getSimpleName() + stripUrls(message));
    }

    /**
     * Worth another attempt: a retryable HTTP status ({@link RetryPolicy#isRetryableStatus}) or a network failure
     * (timeout, refused connection: an {@link IOException}) anywhere in the cause chain. A refused key, a 404 or a
     * malformed list fails the same way every time, so it is not retried; neither is a call ended by the
     * service's own read limits ({@link UpstreamLimitException}: too large, or past a deadline).
     */
    public static boolean isRetryable(Throwable failure) {
        if (UpstreamLimitException.in(failure) != null) {
            return false;
        }
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof HttpOperationFailedException http && RetryPolicy.isRetryableStatus(http.getStatusCode())) {
                return true;
            }
            if (e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static String httpReason(int status, String keyVariable) {
        String variable = keyVariable == null || keyVariable.isBlank() ? "its API key" : keyVariable;
        return switch (status) {
            case 401 -> "HTTP 401: the API key was refused (check " + variable + ")";
            case 403 -> "HTTP 403: the API key is not allowed to list models (check " + variable + ")";
            case 400 -> "HTTP 400: the request was refused (an invalid key? check " + variable + ")";
            case 404 -> "HTTP 404: no model list at {api_base_url}/models";
            case 429 -> "HTTP 429: rate limited, still limited after retries";
            case 529 -> "HTTP 529: provider overloaded, still overloaded after retries";
            default -> status >= 500
                    ? "HTTP " + status + ": provider error, still failing after retries"
                    : "HTTP " + status;
        };
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && e.getCause() != e
                && !(e instanceof HttpOperationFailedException) && !(e instanceof ModelListFormatException)
                && e.getClass().getName().startsWith("org.apache.camel")) {
            e = e.getCause();
        }
        return e;
    }

    private static String lower(Throwable e) {
        return e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    }

    /** URLs may carry query strings; none belongs in an error text. */
    static String stripUrls(String text) {
        return text.replaceAll("https?://\\S+", "<url>");
    }

    private static String clip(String text) {
        return Texts.shorten(text, MAX_REASON);
    }
}
