package io.radiant.registry.upstream;

import io.radiant.registry.upstream.UpstreamLimitException.Limit;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * The limits of every upstream read, applied inside Apache HttpClient's execution chain, so no route has to
 * remember them: a cap on the answer's size and a total deadline per call.
 *
 * <p>Installed first in the chain (outside the client's own decompression), it sees the body as the reader
 * gets it: bytes are counted as they arrive, after gzip/deflate has inflated them, and the read fails the
 * moment the count passes {@code registry.upstream.read.max-body-bytes} — nothing past the cap is ever read,
 * so a small gzip body that inflates to a gigabyte costs a buffer, not a gigabyte. A declared Content-Length
 * over the cap fails before reading at all.
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
        ClassicHttpResponse response;
        try {
            guard.start(timer);
            response = chain.proceed(request, scope);
        } catch (IOException | HttpException | RuntimeException e) {
            guard.cancel();
            if (guard.tripped() != null) {
                throw guard.failure(e);
            }
            throw e;
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            guard.cancel();
            return response;
        }
        if (entity.getContentLength() > maxBodyBytes) {
            guard.trip(Limit.SIZE);
            guard.cancel();
            throw guard.failure(null);
        }
        response.setEntity(new BoundedEntity(entity, guard));
        return response;
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

    /** The answer's entity as its reader sees it: counted, capped, and ending with the call. */
    private final class BoundedEntity extends HttpEntityWrapper {
        private final Guard guard;
        private BoundedStream stream;

        BoundedEntity(HttpEntity wrapped, Guard guard) {
            super(wrapped);
            this.guard = guard;
        }

        @Override
        public synchronized InputStream getContent() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getContent(), guard);
            }
            return stream;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = getContent()) {
                in.transferTo(out);
            }
        }

        @Override
        public void close() throws IOException {
            // the wrapped close may read what is left of the body: the deadline still bounds it
            try {
                super.close();
            } catch (IOException e) {
                if (guard.tripped() == null) {
                    throw e;
                }
            } finally {
                guard.cancel();
            }
        }
    }

    private final class BoundedStream extends FilterInputStream {
        private final Guard guard;
        private long count;

        BoundedStream(InputStream in, Guard guard) {
            super(in);
            this.guard = guard;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (guard.tripped() != null) {
                throw guard.failure(null);
            }
            int n;
            try {
                n = in.read(b, off, (int) Math.min(len, maxBodyBytes - count + 1));
            } catch (IOException | RuntimeException e) {
                if (guard.tripped() != null) {
                    throw guard.failure(e);
                }
                throw e;
            }
            if (n > 0) {
                count += n;
                if (count > maxBodyBytes) {
                    guard.trip(Limit.SIZE);
                    throw guard.failure(null);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } catch (IOException e) {
                if (guard.tripped() == null) {
                    throw e;
                }
            } finally {
                guard.cancel();
            }
        }
    }
}
