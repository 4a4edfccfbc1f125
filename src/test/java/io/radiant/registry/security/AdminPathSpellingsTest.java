package io.radiant.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RawHttp;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.system.security.JsonAuthenticationEntryPoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every admin operation the served OpenAPI document lists — so a route added later is covered without
 * anyone editing this test — tried in the spellings an attacker would send, byte for byte, without and
 * with a wrong token: nothing answers 2xx, nothing reaches a route (the database shows it: no sync is
 * started, the pending review item stays pending). With the right token the canonical spelling answers.
 */
@TestPropertySource(properties = "registry.admin-token=" + AdminPathSpellingsTest.TOKEN)
@AutoConfigureObservability // the Prometheus scrape endpoint, which Spring Boot leaves out of tests by default
class AdminPathSpellingsTest extends RegistryIntegrationTest {

    static final String TOKEN = "spellings-test-token-8d41e0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    private RawHttp raw;
    private String reviewId;

    record Operation(String method, String path, String operationId) { }

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
        jdbc.update("DELETE FROM model_review_queue");
        reviewId = jdbc.queryForObject("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered) "
                + "VALUES ('anthropic', 'claude-spelling-test', 'new_model', '{\"displayName\":\"x\"}'::jsonb) "
                + "RETURNING id::text", String.class);
    }

    @Test
    void noSpellingOfAnyAdminPathAnswersWithoutTheRightToken() throws Exception {
        List<Operation> operations = adminOperations();
        assertThat(operations).as("admin operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(9);

        int tried = 0;
        List<String> leaks = new ArrayList<>();
        for (Operation op : operations) {
            List<String> spellings = spellings(op.path());
            assertThat(spellings).as(op.path()).hasSizeGreaterThanOrEqualTo(25);
            for (String target : spellings) {
                for (String[] credentials : new String[][] {{}, {"Authorization", "Bearer " + TOKEN + "-wrong"},
                        {"Authorization", "Bearer"}, {"Authorization", "Basic " + TOKEN}}) {
                    RawHttp.Answer a = raw.send(op.method(), target, body(op), credentials);
                    tried++;
                    if (a.status() != 400 && a.status() != 401) {
                        leaks.add(op.method() + " " + target + " " + String.join(" ", credentials) + " -> " + a.status());
                        continue;
                    }
                    JsonNode error = JSON.readTree(a.body());
                    assertThat(error.path("error").asText()).as(target).isIn("unauthorized", "malformed_path", "bad_request");
                    assertThat(error.path("message").asText()).as(target).isNotBlank().doesNotContain(TOKEN);
                    if (a.status() == 401) {
                        assertThat(a.header("WWW-Authenticate")).as(target).startsWith("Bearer");
                    }
                }
            }
        }
        assertThat(leaks).as("answers other than 400/401 without the right token").isEmpty();
        assertThat(tried).isGreaterThan(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class))
                .as("no sync was started").isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM model_review_queue WHERE id = ?::uuid", String.class, reviewId))
                .as("the review item was not decided").isEqualTo("pending");
    }

    @Test
    void withTheRightTokenTheCanonicalSpellingReachesEveryRoute() throws Exception {
        for (Operation op : adminOperations()) {
            // a sync of an unknown type: the route itself refuses it, so no sync runs against the real internet
            String body = op.path().endsWith("/sync") ? "{\"syncType\":\"everything\"}" : body(op);
            RawHttp.Answer a = raw.send(op.method(), "/api/v2" + concrete(op.path()), body, "Authorization", "Bearer " + TOKEN);
            if (a.status() == 501 && !served(op)) {
                // declared by the contract, not (yet) implemented by a route: the binding's answer, never a route's
                assertThat(JSON.readTree(a.body()).path("error").asText()).as(op.toString()).isEqualTo("not_implemented");
                continue;
            }
            assertThat(a.status()).as(op + ": " + a.body()).isNotIn(401, 403).isLessThan(500);
            assertThat(JSON.readTree(a.body()).path("error").asText()).as(op.toString()).isNotEqualTo("malformed_path");
        }
        assertThat(jdbc.queryForObject("SELECT status FROM model_review_queue WHERE id = ?::uuid", String.class, reviewId))
                .as("approve or reject reached the item").isNotEqualTo("pending");
    }

    @Test
    void aRefusalIsLoggedOnceWithMethodNormalisedPathAndAddressButNoToken() {
        Logger logger = (Logger) LoggerFactory.getLogger(JsonAuthenticationEntryPoint.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            raw.send("GET", "/api/v2/%61dmin/registry/%73tats", null, "Authorization", "Bearer guess-0xDEADBEEF-guess");
            raw.send("POST", "/api/v2/admin/registry/sync", "{\"syncType\":\"full\"}");
        } finally {
            logger.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("GET /api/v2/admin/registry/stats from 127.0.0.1").contains("not valid")
                .doesNotContain("DEADBEEF").doesNotContain("guess");
        assertThat(lines.get(1)).contains("POST /api/v2/admin/registry/sync from 127.0.0.1").contains("Missing");
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveAndTheTokenIsNot() {
        assertThat(raw.send("GET", "/api/v2/admin/registry/stats", null, "Authorization", "bearer " + TOKEN).status())
                .isEqualTo(200);
        assertThat(raw.send("GET", "/api/v2/admin/registry/stats", null, "Authorization", "BEARER " + TOKEN).status())
                .isEqualTo(200);
        assertThat(raw.send("GET", "/api/v2/admin/registry/stats", null,
                "Authorization", "Bearer " + TOKEN.toUpperCase(Locale.ROOT)).status()).isEqualTo(401);
    }

    @Test
    void otherMethodsAndMethodOverridesGiveNothingAway() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Operation op : adminOperations()) {
            String target = "/api/v2" + concrete(op.path());
            for (String method : List.of("HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "GET", "POST", "TRACE")) {
                for (String[] headers : new String[][] {{}, {"X-HTTP-Method-Override", "GET"},
                        {"X-HTTP-Method-Override", "POST"}, {"X-HTTP-Method", "DELETE"}, {"X-Method-Override", "PUT"}}) {
                    RawHttp.Answer a = raw.send(method, target, method.equals("POST") ? body(op) : null, headers);
                    if (a.status() < 400 || a.status() >= 500) {
                        leaks.add(method + " " + target + " " + String.join(":", headers) + " -> " + a.status());
                    } else if (!method.equals("HEAD")) {
                        assertThat(JSON.readTree(a.body()).path("error").asText()).as(method + " " + target).isNotBlank();
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        // with the token, a method the route does not serve is a JSON 405/404, never served as another method
        RawHttp.Answer delete = raw.send("DELETE", "/api/v2/admin/registry/models", null, "Authorization", "Bearer " + TOKEN);
        assertThat(delete.status()).isIn(404, 405);
        RawHttp.Answer overridden = raw.send("GET", "/api/v2/admin/registry/sync", null,
                "Authorization", "Bearer " + TOKEN, "X-HTTP-Method-Override", "POST");
        assertThat(overridden.status()).isIn(404, 405);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models", Integer.class)).isPositive();
    }

    @Test
    void denyByDefaultEveryPathThatIsNotOpenNeedsTheToken() {
        for (String path : List.of("/", "/api", "/api/v2", "/api/v2/registry", "/api/v2/registry/new-route",
                "/api/v2/internal/anything", "/actuator", "/actuator/metrics", "/actuator/env", "/actuator/beans",
                "/actuator/camelroutes", "/error", "/anything.html")) {
            RawHttp.Answer a = raw.send("GET", path, null);
            assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(401);
        }
        // the open ones stay open
        assertThat(raw.send("GET", "/api/v2/openapi.json", null).status()).isEqualTo(200);
        assertThat(raw.send("GET", "/actuator/health", null).status()).isEqualTo(200);
        assertThat(raw.send("GET", "/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(raw.send("POST", "/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":1}", "Authorization", "Bearer something-else").status())
                .as("selection stays open whatever Authorization its caller sends").isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndNoSession() {
        for (String[] call : new String[][] {{"GET", "/api/v2/admin/registry/stats"}, {"GET", "/api/v2/openapi.json"},
                {"GET", "/api/v2/admin/registry/%2e%2e/stats"}}) {
            RawHttp.Answer a = raw.send(call[0], call[1], null, "Authorization", "Bearer " + TOKEN);
            assertThat(a.header("X-Content-Type-Options")).as(call[1]).isEqualTo("nosniff");
            assertThat(a.header("Set-Cookie")).as(call[1]).isNull();
            if (a.status() != 400) {
                assertThat(a.header("X-Frame-Options")).as(call[1]).isEqualTo("DENY");
                assertThat(a.header("Content-Security-Policy")).as(call[1]).contains("default-src 'self'");
                assertThat(a.header("Cache-Control")).as(call[1]).contains("no-store");
            }
        }
    }

    // --- the admin operations and their spellings ----------------------------------------------------

    private List<Operation> adminOperations() throws Exception {
        JsonNode doc = JSON.readTree(new Http(port).get("/api/v2/openapi.json").body());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/admin/")) {
                path.getValue().fields().forEachRemaining(method -> {
                    if (HTTP_METHODS.contains(method.getKey())) {
                        operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                method.getValue().path("operationId").asText()));
                    }
                });
            }
        }
        return operations;
    }

    /** Whether a route implements the operation (the contract binds operation X to direct:X). */
    private boolean served(Operation op) {
        return camel.getRoutes().stream()
                .anyMatch(r -> r.getEndpoint().getEndpointBaseUri().equals("direct://" + op.operationId()));
    }

    private String concrete(String template) {
        return template.replace("{reviewId}", reviewId)
                .replace("{syncId}", "00000000-0000-4000-8000-000000000000")
                .replaceAll("\\{[^}]+}", "x1");
    }

    private static String body(Operation op) {
        if (!op.method().equals("POST")) {
            return null;
        }
        return op.path().endsWith("/sync") ? "{\"syncType\":\"health\",\"dispatch\":\"local\"}" : "{\"note\":\"spelling test\"}";
    }

    /** The attacker's spellings of one admin path (at least 25). */
    List<String> spellings(String template) {
        String canonical = "/api/v2" + concrete(template);
        String[] segments = canonical.substring(1).split("/");
        Set<String> out = new LinkedHashSet<>();
        out.add(canonical);
        for (int i = 0; i < segments.length; i++) {
            out.add(replaceSegment(segments, i, "%" + hex(segments[i].charAt(0)) + segments[i].substring(1)));
            out.add(replaceSegment(segments, i, "%" + hex(segments[i].charAt(0)).toUpperCase(Locale.ROOT) + segments[i].substring(1)));
            out.add(replaceSegment(segments, i, segments[i] + ";x=1"));
            out.add(replaceSegment(segments, i, segments[i] + ";"));
            out.add(replaceSegment(segments, i, segments[i].toUpperCase(Locale.ROOT)));
        }
        String admin = "/api/v2/admin/";
        String tail = canonical.substring(admin.length());
        out.add("/api/v2/" + encodeAll("admin") + "/" + tail);
        out.add("/api/v2/%2561dmin/" + tail);
        out.add("/api/v2//admin/" + tail);
        out.add("//api/v2/admin/" + tail);
        out.add("/api/v2/admin//" + tail);
        out.add("/api/v2/./admin/" + tail);
        out.add("/api/v2/x/../admin/" + tail);
        out.add("/api/v2/%2e/admin/" + tail);
        out.add("/api/v2/x/%2e%2e/admin/" + tail);
        out.add("/api/v2/x/%2E%2E/admin/" + tail);
        out.add("/api/v2/x/.%2e/admin/" + tail);
        out.add("/api/v2%2fadmin/" + tail);
        out.add("/api/v2%2Fadmin/" + tail);
        out.add("/api/v2\\admin/" + tail);
        out.add("/api/v2%5cadmin/" + tail);
        out.add("/api/v2/admin/registry/../" + tail);
        out.add(canonical + "/");
        out.add(canonical + "/.");
        out.add(canonical + "%20");
        out.add(canonical + "%00");
        out.add(canonical + "%09");
        out.add(canonical + "?x=1");
        out.add(canonical + "?");
        out.add(canonical + "?access_token=" + TOKEN + "-wrong");
        out.add(canonical + "#fragment");
        out.add("/api/v2/registry/select/../../admin/" + tail);
        out.add("/api/v2/registry/select/..;/..;/admin/" + tail);
        out.add("/api/v2/registry/select%2f..%2f..%2fadmin/" + tail);
        out.add("/admin/../api/v2/admin/" + tail);
        out.add("/actuator/health/../../api/v2/admin/" + tail);
        out.add("/api/v2/openapi.json/../admin/" + tail);
        out.add("http://localhost:" + port + canonical);
        return new ArrayList<>(out);
    }

    private static String replaceSegment(String[] segments, int index, String replacement) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            path.append('/').append(i == index ? replacement : segments[i]);
        }
        return path.toString();
    }

    private static String hex(char c) {
        return String.format("%02x", (int) c);
    }

    private static String encodeAll(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append('%').append(hex(c));
        }
        return out.toString();
    }
}
