package io.radiant.registry.upstream;

import io.radiant.registry.upstream.UpstreamLimitException.Limit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The limits of every upstream read, applied inside Apache HttpClient's execution chain, so no route has to
 * remember them: a cap on the answer's size and a total deadline per call.
 *
 * <p>Installed first in the chain (outside the client's own decompression), it reads the answer's body itself
 * as the reader would get it: bytes are counted as they arrive, after gzip/deflate has inflated them, and the
 * call fails the moment the count passes {@code registry.upstream.read.max-body-bytes} — nothing past the cap
 * is ever read or held, so a small gzip body that inflates to a gigabyte costs at most the cap, not a
 * gigabyte. A declared Content-Length over the cap fails before reading at all. The caller gets the body
 * read in full (a byte-array entity), so a failure is always the call's, never a half-built reply.
 *
 * <p>Socket timeouts bound each wait for a byte, not the call: a server that drips a byte every few seconds or
 * streams an endless chunked body never trips them. So each call gets a timer that, at its deadline, aborts
 * the request — closing the connection, which wakes a blocked read and hands the connection back to the pool
 * as discarded — and the read then fails with the deadline as its reason. The deadline is the call's own
 * ({@code call-deadline}) or, when sooner, its sync's ({@link SyncDeadline}), armed by the route right before
 * the call on the same thread ({@link #arm}); camel-http calls the client synchronously on that thread.
 */
public final class BoundedReads implements ExecChainHandler, AutoCloseable {

    /** The budget of the next call on this thread, set by {@link #arm} and taken by the call. */
    private static final ThreadLocal<Budget> ARMED = new ThreadLocal<>();

    private final UpstreamReadProperties properties;
    private final long maxBodyBytes;
    private final Duration callDeadline;
    private final ScheduledExecutorService timer;

    public BoundedReads(UpstreamReadProperties properties) {
        this.properties = properties;
        this.maxBodyBytes = properties.maxBodyBytes().toBytes();
        this.callDeadline = properties.callDeadline();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "upstream-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    /** One call's deadline on {@link System#nanoTime()}'s clock and the limit that set it. */
    record Budget(long deadlineNanos, Limit limit, String reason) { }

    /**
     * The URL without its query, for the endpoint: camel-http would otherwise read a signed URL's query
     * ({@code ?sig=…&X-Amz-Expires=…}) together with the endpoint's own options appended after it, losing the
     * options (this class among them), and the endpoint's name would carry the signature.
     */
    public String endpointUri(String url) {
        int cut = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (fragment >= 0 && (cut < 0 || fragment < cut)) {
            cut = fragment;
        }
        return cut < 0 ? url : url.substring(0, cut);
    }

    /**
     * The raw query the call sends (camel-http's CamelHttpQuery header): the URL's own, exactly as configured (a
     * signature must not be re-encoded), followed by the query the caller set ({@code existing}, a page cursor).
     */
    public String query(String url, String existing) {
        int start = url.indexOf('?');
        String own = null;
        if (start >= 0) {
            int fragment = url.indexOf('#', start);
            own = fragment < 0 ? url.substring(start + 1) : url.substring(start + 1, fragment);
        }
        boolean hasOwn = own != null && !own.isEmpty();
        boolean hasExisting = existing != null && !existing.isEmpty();
        if (hasOwn && hasExisting) {
            return own + "&" + existing;
        }
        return hasOwn ? own : hasExisting ? existing : null;
    }

    /**
     * The deadline of a sync of {@code syncType} that starts now (full, health, pricing), for its route to keep
     * in a variable; null for a type that reads no upstream.
     */
    public SyncDeadline syncDeadline(String syncType) {
        Duration length = properties.syncDeadline(syncType);
        if (length == null) {
            return null;
        }
        return new SyncDeadline(syncType, System.nanoTime() + length.toNanos(), length,
                "registry.upstream.read." + syncType + "-sync-deadline");
    }

    /**
     * Arms the next upstream call on this thread: its deadline is the call deadline or the sync's, whichever
     * comes first. A sync whose deadline has passed makes no further call: this throws instead.
     */
    public void arm(SyncDeadline sync) throws UpstreamLimitException {
        long now = System.nanoTime();
        Budget call = new Budget(now + callDeadline.toNanos(), Limit.CALL_DEADLINE, callReason());
        if (sync != null) {
            if (sync.remainingNanos(now) <= 0) {
                ARMED.remove();
                throw new UpstreamLimitException(Limit.SYNC_DEADLINE, sync.reason());
            }
            if (sync.atNanos() - call.deadlineNanos() < 0) {
                call = new Budget(sync.atNanos(), Limit.SYNC_DEADLINE, sync.reason());
            }
        }
        ARMED.set(call);
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        Budget budget = ARMED.get();
        ARMED.remove();
        if (budget == null) {
            budget = new Budget(System.nanoTime() + callDeadline.toNanos(), Limit.CALL_DEADLINE, callReason());
        }
        Guard guard = new Guard(scope, budget);
        ClassicHttpResponse response = null;
        try {
            guard.start(timer);
            response = chain.proceed(request, scope);
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                // decoded here whoever else would (camel-http inflates a gzip body that is still marked so): the cap
                // counts what the reader gets, and the answer handed on is plain
                String encoding = contentEncoding(response);
                byte[] body = readBounded(entity, encoding, guard);
                if (encoding != null) {
                    response.removeHeaders(HttpHeaders.CONTENT_ENCODING);
                    response.removeHeaders(HttpHeaders.CONTENT_LENGTH);
                }
                response.setEntity(new ByteArrayEntity(body, contentType(entity)));
            }
            return response;
        } catch (IOException | HttpException | RuntimeException e) {
            closeQuietly(response);
            if (e instanceof UpstreamLimitException) {
                throw e;
            }
            if (guard.tripped() != null) {
                throw guard.failure(e);
            }
            throw e;
        } finally {
            guard.cancel();
        }
    }

    /**
     * The whole answer, read here rather than by the caller: every limit then fails the call itself, before
     * camel-http starts to build its reply message, and the connection is back in the pool (read to its end) or
     * discarded (a limit tripped) when this returns. Never more than the cap is held.
     */
    private byte[] readBounded(HttpEntity entity, String encoding, Guard guard) throws IOException {
        long declared = entity.getContentLength();
        if (declared > maxBodyBytes) {
            guard.trip(Limit.SIZE);
            throw guard.failure(null);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 && encoding == null ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        long count = 0;
        InputStream raw = entity.getContent();
        if (raw == null) {
            return new byte[0];
        }
        try (InputStream in = decoded(raw, encoding)) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBodyBytes - count + 1))) >= 0) {
                if (guard.tripped() != null) {
                    throw guard.failure(null);
                }
                count += n;
                if (count > maxBodyBytes) {
                    guard.trip(Limit.SIZE);
                    throw guard.failure(null);
                }
                body.write(buffer, 0, n);
            }
        }
        // an aborted connection may read as an early end of the body rather than fail: never a truncated answer
        if (guard.tripped() != null) {
            throw guard.failure(null);
        }
        return body.toByteArray();
    }

    /** Closing an aborted answer may fail too (the socket is gone): the limit is the reason worth reporting. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException | RuntimeException e) {
            // the connection is discarded either way
        }
    }

    /** gzip or deflate when the answer is still so encoded (the client did not inflate it), else null. */
    private static String contentEncoding(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.CONTENT_ENCODING);
        if (header == null || header.getValue() == null) {
            return null;
        }
        String value = header.getValue().trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "gzip", "x-gzip" -> "gzip";
            case "deflate" -> "deflate";
            default -> null;
        };
    }

    private static InputStream decoded(InputStream raw, String encoding) throws IOException {
        if ("gzip".equals(encoding)) {
            return new GZIPInputStream(raw, 8192);
        }
        if ("deflate".equals(encoding)) {
            return new InflaterInputStream(raw, new Inflater(), 8192);
        }
        return raw;
    }

    private static ContentType contentType(HttpEntity entity) {
        try {
            return entity.getContentType() == null ? null : ContentType.parse(entity.getContentType());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private String callReason() {
        return "no complete answer within " + human(callDeadline) + " (registry.upstream.read.call-deadline)";
    }

    private String sizeReason() {
        return "answer larger than " + bytes(maxBodyBytes) + " after decompression (registry.upstream.read.max-body-bytes)";
    }

    /** A duration as an operator writes it: 2s, 90s, 1500ms. */
    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    static String bytes(long n) {
        if (n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MB";
        }
        return n % 1024 == 0 ? n / 1024 + " KB" : n + " bytes";
    }

    /** The limits of one call: its deadline timer, and which limit (if any) ended it. */
    private final class Guard {
        private final ExecChain.Scope scope;
        private final Budget budget;
        private volatile Limit tripped;
        private volatile ScheduledFuture<?> deadline;

        Guard(ExecChain.Scope scope, Budget budget) {
            this.scope = scope;
            this.budget = budget;
        }

        void start(ScheduledExecutorService scheduler) {
            long delay = budget.deadlineNanos() - System.nanoTime();
            if (delay <= 0) {
                trip(budget.limit());
                return;
            }
            deadline = scheduler.schedule(() -> trip(budget.limit()), delay, TimeUnit.NANOSECONDS);
        }

        /** Ends the call: the connection is closed at once (never drained, never reused) and released. */
        void trip(Limit limit) {
            if (tripped == null) {
                tripped = limit;
            }
            if (scope.originalRequest instanceof Cancellable cancellable) {
                cancellable.cancel();
            }
            scope.execRuntime.discardEndpoint();
        }

        void cancel() {
            ScheduledFuture<?> d = deadline;
            if (d != null) {
                d.cancel(false);
            }
        }

        Limit tripped() {
            return tripped;
        }

        UpstreamLimitException failure(Throwable cause) {
            Limit limit = tripped == null ? budget.limit() : tripped;
            String reason = limit == Limit.SIZE ? sizeReason() : budget.reason();
            return cause == null ? new UpstreamLimitException(limit, reason) : new UpstreamLimitException(limit, reason, cause);
        }
    }
}
