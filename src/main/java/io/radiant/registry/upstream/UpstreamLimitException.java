package io.radiant.registry.upstream;

import java.io.IOException;

/**
 * An upstream call ended by one of the service's own limits (registry.upstream.read.*): an answer larger than
 * the cap, or one not complete by its call's or its sync's deadline. The message is the plain reason an
 * operator reads in the sync's errors and details, with the setting that decided; it never carries the URL.
 *
 * <p>An {@link IOException} because that is what the HTTP client may throw while it reads a body; retrying one
 * would only repeat it (or pass the deadline again), so the provider retry rules leave it alone.
 */
public final class UpstreamLimitException extends IOException {

    /** Which limit ended the call. */
    public enum Limit { SIZE, CALL_DEADLINE, SYNC_DEADLINE }

    private final Limit limit;

    public UpstreamLimitException(Limit limit, String reason) {
        super(reason);
        this.limit = limit;
    }

    public UpstreamLimitException(Limit limit, String reason, Throwable cause) {
        super(reason, cause);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }

    /** The limit exception in {@code failure}'s cause chain, or null. */
    public static UpstreamLimitException in(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof UpstreamLimitException limit) {
                return limit;
            }
        }
        return null;
    }
}
