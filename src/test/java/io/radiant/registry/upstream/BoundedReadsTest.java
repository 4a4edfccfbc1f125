package io.radiant.registry.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.radiant.registry.support.HostileUpstream;
import io.radiant.registry.upstream.UpstreamLimitException.Limit;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * {@link BoundedReads} in a real Apache HttpClient (set up as camel-http's is) against {@link HostileUpstream}:
 * the cap counts inflated bytes, the deadline ends what socket timeouts never would, and every connection is
 * handed back to the pool.
 */
class BoundedReadsTest {

    private final HostileUpstream upstream = HostileUpstream.start();
    private final PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
    private BoundedReads reads;
    private CloseableHttpClient client;

    @BeforeEach
    void client() {
        reads = new BoundedReads(new UpstreamReadProperties(DataSize.ofMegabytes(1), Duration.ofMillis(1500),
                Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4)));
        client = HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries()
                .addExecInterceptorFirst("bounded-reads", reads).build();
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        reads.close();
        upstream.close();
    }

    private String get(String path) throws Exception {
        return client.execute(new HttpGet(upstream.url(path)), response -> EntityUtils.toString(response.getEntity()));
    }

    @Test
    void anOrdinaryAnswerIsReadWhole() throws Exception {
        upstream.on("/ok", HostileUpstream.json("{\"data\":[{\"id\":\"a\"}]}"));

        assertThat(get("/ok")).isEqualTo("{\"data\":[{\"id\":\"a\"}]}");
        connectionsReturned();
    }

    @Test
    void aGzipBombStopsAtTheCapCountedAfterInflation() {
        // 200 MB inflated is ~200 KB on the wire: under the 1 MB cap if compressed bytes were counted
        upstream.on("/bomb", HostileUpstream.gzipBomb("{\"data\":[", 200L << 20));
        long started = System.nanoTime();

        assertThatThrownBy(() -> get("/bomb")).isInstanceOf(UpstreamLimitException.class)
                .hasMessage("answer larger than 1 MB after decompression (registry.upstream.read.max-body-bytes)")
                .satisfies(e -> assertThat(((UpstreamLimitException) e).limit()).isEqualTo(Limit.SIZE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(upstream.bytesSent()).isLessThan(1L << 20);
        connectionsReturned();
    }

    @Test
    void aGzipBombIsInflatedAndCappedHereWhenTheClientLeavesItEncoded() throws Exception {
        // camel-http's client leaves Content-Encoding to camel-http, which would inflate it without a limit
        upstream.on("/bomb", HostileUpstream.gzipBomb("{\"data\":[", 200L << 20));
        upstream.on("/small", HostileUpstream.gzipBomb("{\"data\":[]}", 10));
        try (CloseableHttpClient plain = HttpClients.custom().setConnectionManager(pool).disableContentCompression()
                .addExecInterceptorFirst("bounded-reads", reads).build()) {
            assertThatThrownBy(() -> plain.execute(new HttpGet(upstream.url("/bomb")), r -> EntityUtils.toString(r.getEntity())))
                    .isInstanceOf(UpstreamLimitException.class).hasMessageContaining("after decompression");
            String small = plain.execute(new HttpGet(upstream.url("/small")), r -> r.getFirstHeader("Content-Encoding") == null
                    ? EntityUtils.toString(r.getEntity()) : "still encoded");
            assertThat(small).isEqualTo("{\"data\":[]}" + " ".repeat(10));
        }
        connectionsReturned();
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeReading() {
        upstream.on("/huge", HostileUpstream.hugeBody("{\"data\":[", 64L << 20));

        assertThatThrownBy(() -> get("/huge")).isInstanceOf(UpstreamLimitException.class)
                .hasMessageContaining("answer larger than 1 MB");
        connectionsReturned();
    }

    @Test
    void aSlowDripAndAnEndlessBodyEndAtTheCallDeadline() {
        upstream.on("/drip", HostileUpstream.slowDrip("{\"data\":[]}", 400));
        upstream.on("/endless", HostileUpstream.endlessChunkedList(5));

        for (String path : new String[] {"/drip", "/endless"}) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> get(path)).as(path).isInstanceOf(UpstreamLimitException.class)
                    .hasMessage("no complete answer within 1500ms (registry.upstream.read.call-deadline)");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path)
                    .isBetween(Duration.ofMillis(1400), Duration.ofSeconds(5));
        }
        connectionsReturned();
    }

    @Test
    void aSyncsDeadlineShortensTheCallAndOnceItPassedNoCallIsMade() throws Exception {
        upstream.on("/drip", HostileUpstream.slowDrip("{\"data\":[]}", 400));
        SyncDeadline soon = new SyncDeadline("full", System.nanoTime() + Duration.ofMillis(600).toNanos(),
                Duration.ofSeconds(90), "registry.upstream.read.full-sync-deadline");

        reads.arm(soon);
        long started = System.nanoTime();
        assertThatThrownBy(() -> get("/drip")).isInstanceOf(UpstreamLimitException.class)
                .hasMessage("the full sync's deadline of 90s passed (registry.upstream.read.full-sync-deadline)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));

        Thread.sleep(100);
        assertThatThrownBy(() -> reads.arm(soon)).isInstanceOf(UpstreamLimitException.class)
                .satisfies(e -> assertThat(((UpstreamLimitException) e).limit()).isEqualTo(Limit.SYNC_DEADLINE));
        connectionsReturned();
    }

    /**
     * Every connection is back in the pool. An aborted call's connection is released by the thread that was
     * reading it, which may still be unwinding when the caller has its exception: hence a short wait, not a leak.
     */
    private void connectionsReturned() {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pool.getTotalStats().getLeased()).isZero());
    }
}
