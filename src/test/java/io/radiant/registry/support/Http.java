package io.radiant.registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small HTTP client for black-box tests of the service on its random port. Every answer it receives is checked
 * against the REST contract ({@link ContractAssert}): an undeclared status or a body that does not match fails the
 * test that made the call.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        ContractAssert.ready();
    }

    /** The answer: status, body and the body read as JSON (null when it is not JSON). */
    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path, String... headers) {
        return send(builder(path, headers).GET().build());
    }

    public Answer postJson(String path, String body, String... headers) {
        return post(path, "application/json", body, headers);
    }

    /** POST with the given Content-Type (null: none) and body (null: no body). */
    public Answer post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = builder(path, headers);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b.build());
    }

    /** POST whose body is sent chunked (no Content-Length), as a client streaming an unknown length. */
    public Answer postChunked(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = builder(path, headers).header("Content-Type", contentType);
        b.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        return send(b.build());
    }

    /** Any method with a body (PATCH, PUT) and the given Content-Type (null: none). */
    public Answer send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = builder(path, headers);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Any method, for the method-not-allowed cases. */
    public Answer method(String method, String path, String... headers) {
        return send(builder(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ContractAssert.assertAnswer(request.method(), request.uri(), r.statusCode(), r.body());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
