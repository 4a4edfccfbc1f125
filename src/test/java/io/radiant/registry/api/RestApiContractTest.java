package io.radiant.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.ContractAssert;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.SharedRegistryIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST contract for bad input, table-driven: every malformed request is a 4xx with the JSON body
 * {error, message} (400s name the field), never a 500 and never a stack trace. Plus the OpenAPI document.
 */
class RestApiContractTest extends SharedRegistryIntegrationTest {

    static final String TOKEN = ADMIN_TOKEN;
    static final String SELECT = "/api/v2/registry/select";
    static final String SYNC = "/api/v2/admin/registry/sync";
    static final String JSON = "application/json";
    static final String VALID = "\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3";

    @LocalServerPort
    int port;

    /** One malformed request and what it must get. {@code field} is the field a 400 must name (or null). */
    record Case(String name, String method, String path, String contentType, String body, boolean chunked,
                boolean admin, int status, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Case select(String name, String body, int status, String field) {
        return new Case(name, "POST", SELECT, JSON, body, false, false, status, field);
    }

    static Case criteria(String name, String extraOrReplacement, String field) {
        return select(name, "{" + extraOrReplacement + "}", 400, field);
    }

    static Stream<Case> malformedRequests() {
        String big = "{\"task\":\"chat\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        List<Case> cases = new ArrayList<>(List.of(
                // body not usable as JSON
                select("empty body", "", 400, null),
                select("blank body", "   \n ", 400, null),
                select("not JSON", "hello", 400, null),
                select("truncated JSON", "{\"task\":\"chat\"", 400, null),
                select("JSON array", "[" + "{" + VALID + "}" + "]", 400, null),
                select("JSON string", "\"chat\"", 400, null),
                select("JSON null", "null", 400, null),
                select("duplicate keys", "{" + VALID + ",\"task\":\"image\"}", 400, null),
                select("nesting bomb", "{\"task\":" + "[".repeat(3000) + "]".repeat(3000) + "}", 400, null),
                // required fields
                criteria("missing task", "\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3", "task"),
                criteria("missing inputModality", "\"task\":\"chat\",\"outputModality\":[\"text\"],\"tenantTier\":3", "inputModality"),
                criteria("missing outputModality", "\"task\":\"chat\",\"inputModality\":[\"text\"],\"tenantTier\":3", "outputModality"),
                criteria("missing tenantTier", "\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"]", "tenantTier"),
                criteria("null task", VALID.replace("\"task\":\"chat\"", "\"task\":null"), "task"),
                // wrong values and types
                criteria("unknown task", VALID.replace("\"chat\"", "\"conversation\""), "task"),
                criteria("task as number", VALID.replace("\"chat\"", "7"), "task"),
                criteria("tenantTier as string", VALID.replace("\"tenantTier\":3", "\"tenantTier\":\"3\""), "tenantTier"),
                criteria("tenantTier zero", VALID.replace("\"tenantTier\":3", "\"tenantTier\":0"), "tenantTier"),
                criteria("tenantTier six", VALID.replace("\"tenantTier\":3", "\"tenantTier\":6"), "tenantTier"),
                criteria("tenantTier fraction", VALID.replace("\"tenantTier\":3", "\"tenantTier\":2.5"), "tenantTier"),
                criteria("tenantTier huge", VALID.replace("\"tenantTier\":3", "\"tenantTier\":1e400"), "tenantTier"),
                criteria("inputModality not an array", VALID.replace("[\"text\"],\"outputModality\"", "\"text\",\"outputModality\""),
                        "inputModality"),
                criteria("inputModality of numbers", VALID.replace("\"inputModality\":[\"text\"]", "\"inputModality\":[1]"),
                        "inputModality"),
                criteria("outputModality with an empty string", VALID.replace("\"outputModality\":[\"text\"]",
                        "\"outputModality\":[\"\"]"), "outputModality"),
                criteria("unknown preferHosting", VALID + ",\"preferHosting\":\"cloud\"", "preferHosting"),
                criteria("preferProvider as a string", VALID + ",\"preferProvider\":\"openai\"", "preferProvider"),
                criteria("negative maxLatencyMs", VALID + ",\"maxLatencyMs\":-5", "maxLatencyMs"),
                criteria("maxLatencyMs as text", VALID + ",\"maxLatencyMs\":\"fast\"", "maxLatencyMs"),
                criteria("negative maxCostPerRequest", VALID + ",\"maxCostPerRequest\":-0.5", "maxCostPerRequest"),
                criteria("maxCostPerRequest as text", VALID + ",\"maxCostPerRequest\":\"cheap\"", "maxCostPerRequest"),
                criteria("negative minContextWindow", VALID + ",\"minContextWindow\":-1", "minContextWindow"),
                criteria("minContextWindow beyond int", VALID + ",\"minContextWindow\":1000000000000", "minContextWindow"),
                criteria("requireHIPAA as text", VALID + ",\"requireHIPAA\":\"yes\"", "requireHIPAA"),
                criteria("requiredCapabilities as object", VALID + ",\"requiredCapabilities\":{\"a\":1}", "requiredCapabilities"),
                criteria("misspelt field", VALID + ",\"tenantTeir\":3", "tenantTeir"),
                // content type and size
                new Case("text/plain body", "POST", SELECT, "text/plain", "{" + VALID + "}", false, false, 415, null),
                new Case("no content type", "POST", SELECT, null, "{" + VALID + "}", false, false, 415, null),
                new Case("form encoded", "POST", SELECT, "application/x-www-form-urlencoded", "task=chat", false, false, 415, null),
                new Case("XML body", "POST", SELECT, "application/xml", "<criteria><task>chat</task></criteria>", false, false, 415, null),
                new Case("body over 64 KiB", "POST", SELECT, JSON, big, false, false, 413, null),
                new Case("chunked body over 64 KiB", "POST", SELECT, JSON, big, true, false, 413, null),
                // admin bodies and parameters (authorised)
                new Case("sync type as number", "POST", SYNC, JSON, "{\"syncType\":5}", false, true, 400, "syncType"),
                new Case("unknown sync type", "POST", SYNC, JSON, "{\"syncType\":\"weekly\"}", false, true, 400, "syncType"),
                new Case("unknown dispatch", "POST", SYNC, JSON, "{\"dispatch\":\"kubernetes\"}", false, true, 400, "dispatch"),
                new Case("sync body array", "POST", SYNC, JSON, "[\"full\"]", false, true, 400, null),
                new Case("sync body not JSON", "POST", SYNC, JSON, "syncType=full", false, true, 400, null),
                new Case("sync body text/plain", "POST", SYNC, "text/plain", "full", false, true, 415, null),
                new Case("sync body over 64 KiB", "POST", SYNC, JSON, big, false, true, 413, null),
                new Case("sync id not a UUID", "GET", SYNC + "/12345", null, null, false, true, 400, "syncId"),
                new Case("unknown hostingType", "GET", "/api/v2/admin/registry/models?hostingType=edge", null, null, false, true,
                        400, "hostingType"),
                new Case("unknown status", "GET", "/api/v2/admin/registry/models?status=paused", null, null, false, true, 400,
                        "status"),
                new Case("category with SQL", "GET", "/api/v2/admin/registry/models?category=llm'%20OR%201=1--", null, null,
                        false, true, 400, "category"),
                // paths and methods; a path that is not open needs the token (deny by default, AdminPathSpellingsTest),
                // and with it an unknown one is a JSON 404
                new Case("unknown API path", "GET", "/api/v2/nope", null, null, false, true, 404, null),
                new Case("registry root", "GET", "/api/v2/registry", null, null, false, true, 404, null),
                new Case("path below select", "POST", SELECT + "/extra", JSON, "{" + VALID + "}", false, true, 404, null),
                new Case("outside the API", "GET", "/index.html", null, null, false, true, 404, null),
                new Case("unknown API path without a token", "GET", "/api/v2/nope", null, null, false, false, 401, null),
                new Case("outside the API without a token", "GET", "/index.html", null, null, false, false, 401, null),
                new Case("GET on select", "GET", SELECT, null, null, false, false, 405, null),
                new Case("DELETE on select", "DELETE", SELECT, null, null, false, false, 405, null),
                new Case("PUT on admin models", "PUT", "/api/v2/admin/registry/models", null, null, false, true, 405, null)));
        return cases.stream();
    }

    @Test
    void theTableHoldsAtLeastThirtyMalformedRequests() {
        assertThat(malformedRequests().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void everyMalformedRequestIsA4xxWithAJsonErrorBody(Case c) {
        Http http = new Http(port);
        String[] auth = c.admin() ? new String[] {"Authorization", "Bearer " + TOKEN} : new String[0];
        Http.Answer a;
        if (c.chunked()) {
            a = http.postChunked(c.path(), c.contentType(), c.body().getBytes(StandardCharsets.UTF_8), auth);
        } else if (c.method().equals("POST")) {
            a = http.post(c.path(), c.contentType(), c.body(), auth);
        } else if (c.method().equals("GET")) {
            a = http.get(c.path(), auth);
        } else {
            a = http.method(c.method(), c.path(), auth);
        }

        assertThat(a.status()).as(c.name() + ": " + a.body()).isEqualTo(c.status());
        assertThat(a.header("Content-Type")).as(c.name()).startsWith("application/json");
        JsonNode body = a.json();
        assertThat(body.get("error").isTextual()).as(c.name() + ": " + a.body()).isTrue();
        assertThat(body.get("message").asText()).as(c.name()).isNotBlank();
        assertThat(a.body()).as(c.name()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at io.radiant");
        if (c.field() != null) {
            assertThat(body.get("field").asText()).as(c.name()).isEqualTo(c.field());
            assertThat(body.get("message").asText()).as(c.name()).contains(c.field());
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationWithItsSchemas() {
        Http.Answer a = new Http(port).get("/api/v2/openapi.json");

        assertThat(a.status()).isEqualTo(200);
        JsonNode doc = a.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/registry/select")).isTrue();
        assertThat(doc.get("paths").has("/admin/registry/models")).isTrue();
        assertThat(doc.get("paths").has("/admin/registry/stats")).isTrue();
        assertThat(doc.get("paths").has("/admin/registry/sync")).isTrue();
        assertThat(doc.get("paths").has("/admin/registry/sync/history")).isTrue();
        assertThat(doc.get("paths").has("/admin/registry/sync/{syncId}")).isTrue();
        JsonNode criteria = doc.at("/components/schemas/ModelSelectionCriteria");
        assertThat(criteria.at("/properties/tenantTier/type").asText()).isEqualTo("integer");
        assertThat(doc.at("/components/schemas/Task/enum").toString()).contains("transcription");
        assertThat(criteria.at("/properties/task/$ref").asText()).endsWith("/Task");
        assertThat(doc.at("/components/schemas/SelectedModel/properties/litellmId").isMissingNode()).isFalse();
        assertThat(doc.at("/paths/~1registry~1select/post/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("ModelSelectionCriteria");
    }

    @Test
    void theServedDocumentIsAValidOpenApi3DocumentAndIsTheContract() throws Exception {
        Http.Answer a = new Http(port).get("/api/v2/openapi.json");

        assertThat(a.header("Content-Type")).startsWith("application/json");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(a.body());
        assertThat(parsed.getMessages()).as("OpenAPI validation messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/api/v2"));
        // the served document is the contract file, not a description generated beside it
        assertThat(new ObjectMapper().readTree(a.body())).isEqualTo(ContractAssert.contract());
        // every status of every operation declares its body, and every error status the Error schema
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            assertThat(op.getOperationId()).as(method + " " + path).isNotBlank();
            assertThat(op.getResponses()).as(op.getOperationId()).containsKey("500");
            op.getResponses().forEach((status, response) -> {
                ApiResponse r = response.get$ref() == null ? response
                        : api.getComponents().getResponses().get(response.get$ref().replaceFirst(".*/", ""));
                assertThat(r.getContent()).as(op.getOperationId() + " " + status).isNotNull();
                MediaType json = r.getContent().get("application/json");
                assertThat(json).as(op.getOperationId() + " " + status).isNotNull();
                assertThat(json.getSchema()).as(op.getOperationId() + " " + status).isNotNull();
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(json.getSchema().get$ref()).as(op.getOperationId() + " " + status)
                            .isEqualTo("#/components/schemas/Error");
                }
            });
            if (path.startsWith("/admin/")) {
                assertThat(op.getResponses()).as(op.getOperationId()).containsKey("401");
                assertThat(op.getSecurity()).as(op.getOperationId()).isNotEmpty();
            }
        }));
    }

    /**
     * Headers a caller may send to confuse a cache, a browser or the service itself. None of them may come back,
     * and the answer is labelled as the JSON it is, whatever the request's Content-Type said.
     */
    @Test
    void hostileRequestHeadersNeverComeBackAndEveryAnswerIsJson() {
        String marker = "hostile-8c1";
        String[] hostile = {"Cache-Control", "max-age=99999, " + marker, "ETag", "\"" + marker + "\"",
                "Location", "https://evil.example/" + marker, "Content-Encoding", "gzip", "Set-Cookie", "s=" + marker,
                "X-Custom", marker, "Cookie", "c=" + marker, "X-Forwarded-Host", marker + ".example",
                "Authorization", "Bearer " + TOKEN};
        Http http = new Http(port);
        String[] getHeaders = concat(hostile, "Content-Type", "text/html; charset=" + marker);
        Map<String, Http.Answer> answers = new LinkedHashMap<>();
        // the vendor type is accepted as JSON (application/*+json) and must not label the answer
        answers.put("select", http.post(SELECT, "application/vnd." + marker + "+json", "{" + VALID + "}", hostile));
        answers.put("admin GET", http.get("/api/v2/admin/registry/models?hostingType=external", getHeaders));
        answers.put("404", http.get(SYNC + "/" + UUID.randomUUID(), getHeaders));
        answers.put("400", http.get("/api/v2/admin/registry/models?status=paused", getHeaders));
        answers.put("400 with a body", http.post(SYNC, JSON, "{\"syncType\":\"weekly\"}", hostile));

        Map<String, Integer> statuses = Map.of("select", 200, "admin GET", 200, "404", 404, "400", 400,
                "400 with a body", 400);
        answers.forEach((name, a) -> {
            assertThat(a.status()).as(name + ": " + a.body()).isEqualTo(statuses.get(name));
            assertThat(a.header("Content-Type")).as(name).startsWith("application/json")
                    .doesNotContain(marker).doesNotContain("html");
            assertThat(a.json().isObject()).as(name).isTrue();
            Map<String, List<String>> headers = a.raw().headers().map();
            assertThat(headers.keySet()).as(name).noneMatch(h -> Set.of("etag", "location", "content-encoding",
                    "set-cookie", "x-custom", "cookie", "authorization", "x-forwarded-host")
                    .contains(h.toLowerCase(Locale.ROOT)));
            assertThat(headers.toString()).as(name).doesNotContain(marker).doesNotContain(TOKEN);
        });
    }

    private static String[] concat(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @Test
    void answersNeverEchoTheCallersHeaders() {
        Http http = new Http(port);
        Http.Answer doc = http.get("/api/v2/openapi.json", "Authorization", "Bearer caller-secret", "Cookie", "s=1");
        Http.Answer select = http.postJson(SELECT, "{" + VALID + "}", "Authorization", "Bearer caller-secret");

        for (Http.Answer a : List.of(doc, select)) {
            assertThat(a.raw().headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("authorization")
                    || h.equalsIgnoreCase("cookie") || h.equalsIgnoreCase("user-agent"));
            assertThat(a.raw().headers().map().toString()).doesNotContain("caller-secret");
        }
    }
}
