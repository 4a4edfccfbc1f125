package io.radiant.registry.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * An upstream that misbehaves at the socket, on 127.0.0.1: a raw HTTP/1.1 server (one thread per connection,
 * {@code Connection: close}) whose answers are written byte by byte as a hostile provider or feed would — a
 * gzip bomb generated while it is sent (never held in memory), an endless chunked body, a slow drip — beside
 * ordinary JSON answers. Every request's path, query and headers are recorded, so a test can tell what left
 * the service. Paths are matched without their query; an unknown path answers 404.
 */
public final class HostileUpstream implements AutoCloseable {

    /** One recorded request: path, raw query (or null) and headers by lower-case name. */
    public record Request(String path, String query, Map<String, String> headers) { }

    /** What the server writes to one connection after reading its request. */
    @FunctionalInterface
    public interface Answer {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-upstream");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    /** Bytes written to sockets since start (all answers): what an attack cost the sender. */
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile boolean open = true;

    private HostileUpstream() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "hostile-upstream-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static HostileUpstream start() {
        try {
            return new HostileUpstream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback server socket", e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public HostileUpstream on(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    // ---- answers -----------------------------------------------------------------------------------------

    /** 200 with a JSON body and its Content-Length. */
    public static Answer json(String body) {
        return status(200, body);
    }

    public static Answer status(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return out -> {
            head(out, status, "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n");
            out.write(bytes);
        };
    }

    /**
     * A gzip bomb: {@code Content-Encoding: gzip}, chunked, whose body inflates to {@code prefix} followed by
     * {@code inflatedBytes} spaces (about a thousandth of that on the wire). Compressed as it is sent, so the
     * server holds one 64 KB block whatever the size; it stops when the reader hangs up.
     */
    public static Answer gzipBomb(String prefix, long inflatedBytes) {
        return out -> {
            head(out, 200, "Content-Type: application/json\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n");
            ChunkedStream chunked = new ChunkedStream(out);
            try (GZIPOutputStream gzip = new GZIPOutputStream(chunked, 64 * 1024)) {
                gzip.write(prefix.getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[64 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (long left = inflatedBytes; left > 0; left -= spaces.length) {
                    gzip.write(spaces, 0, (int) Math.min(spaces.length, left));
                }
            }
            chunked.finish();
        };
    }

    /** A plain (uncompressed) body of {@code prefix} and {@code bytes} spaces, with its Content-Length declared. */
    public static Answer hugeBody(String prefix, long bytes) {
        return out -> {
            byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
            head(out, 200, "Content-Type: application/json\r\nContent-Length: " + (start.length + bytes) + "\r\n");
            out.write(start);
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long left = bytes; left > 0; left -= spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
        };
    }

    /**
     * An endless model list, chunked: {@code {"data":[} and then one {@code {"id":"endless-N"},} chunk every
     * {@code pauseMillis}, never closed.
     */
    public static Answer endlessChunkedList(long pauseMillis) {
        return out -> {
            head(out, 200, "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
            ChunkedStream chunked = new ChunkedStream(out);
            chunked.write("{\"data\":[".getBytes(StandardCharsets.UTF_8));
            chunked.flush();
            for (long n = 0; ; n++) {
                chunked.write(("{\"id\":\"endless-" + n + "\",\"object\":\"model\"},").getBytes(StandardCharsets.UTF_8));
                chunked.flush();
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        };
    }

    /** Headers at once, then {@code body} one byte every {@code intervalMillis} (a body of Content-Length). */
    public static Answer slowDrip(String body, long intervalMillis) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return out -> {
            head(out, 200, "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n");
            out.flush();
            for (byte b : bytes) {
                Thread.sleep(intervalMillis);
                out.write(b);
                out.flush();
            }
        };
    }

    private static void head(OutputStream out, int status, String headers) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\n" + headers + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    // ---- the server ----------------------------------------------------------------------------------------

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (open) {
                    continue;
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            String target = requestLine.length > 1 ? requestLine[1] : "/";
            int q = target.indexOf('?');
            String path = q < 0 ? target : target.substring(0, q);
            String query = q < 0 ? null : target.substring(q + 1);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            synchronized (this) {
                requests.add(new Request(path, query, headers));
            }
            Answer answer = answers.getOrDefault(path, status(404, "{\"error\":\"no such path\"}"));
            OutputStream out = new CountingStream(socket.getOutputStream(), bytesSent);
            answer.write(out);
            out.flush();
        } catch (IOException e) {
            // the reader hung up: what a bounded reader does to an endless answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            if (head.size() > 64 * 1024) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        connections.shutdownNow();
    }

    /** HTTP/1.1 chunked transfer coding over the socket. */
    private static final class ChunkedStream extends OutputStream {
        private final OutputStream out;

        ChunkedStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b, off, len);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private final AtomicLong count;

        CountingStream(OutputStream out, AtomicLong count) {
            this.out = out;
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count.addAndGet(len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
