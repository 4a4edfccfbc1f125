package io.radiant.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The review queue over HTTP, as an admin uses it. */
@TestPropertySource(properties = {"registry.admin-token=review-admin-token-42",
        // until the shared REST configuration (rest-configuration.camel.yaml) is on this branch
        "camel.rest.component=platform-http", "camel.rest.context-path=/api/v2"})
class ReviewApiTest extends RegistryIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "review-admin-token-42";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void queue() {
        jdbc.update("DELETE FROM model_review_queue");
        jdbc.update("DELETE FROM models WHERE provider_id = 'anthropic' AND model_id = 'claude-test-5'");
    }

    @Test
    void listApproveWithCorrectionsAndTheModelIsInTheCatalog() throws Exception {
        String id = entry("anthropic", "claude-test-5", "new_model",
                "{\"displayName\":\"Claude Test 5\",\"capabilities\":[\"chat\"],\"inputModalities\":[\"text\",\"image\"],"
                        + "\"outputModalities\":[\"text\"],\"suggestedCategory\":\"llm\"}");
        entry("openai", "gpt-4o", "deprecation", "{}");

        HttpResponse<String> list = call("GET", "/api/v2/admin/registry/review?kind=new_model", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = JSON.readTree(list.body());
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("reviewId").asText()).isEqualTo(id);
        assertThat(listed.get("items").get(0).get("discovered").get("displayName").asText()).isEqualTo("Claude Test 5");

        HttpResponse<String> approved = call("POST", "/api/v2/admin/registry/review/" + id + "/approve",
                "{\"contextWindow\": 200000, \"maxOutput\": 64000, \"inputCostPer1k\": 0.003, \"outputCostPer1k\": 0.015,"
                        + " \"capabilities\": [\"chat\", \"function_calling\"], \"note\": \"list price from the pricing page\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(approved.body());
        assertThat(answer.get("status").asText()).isEqualTo("approved");
        assertThat(answer.get("model").get("litellmId").asText()).isEqualTo("claude-test-5");
        assertThat(jdbc.queryForMap("SELECT context_window, enabled, capabilities::text AS caps, output_cost_per_1k::text AS out "
                + "FROM models WHERE provider_id = 'anthropic' AND model_id = 'claude-test-5'"))
                .containsEntry("context_window", 200000).containsEntry("enabled", true)
                .containsEntry("caps", "{chat,function_calling}").containsEntry("out", "0.01500000");

        HttpResponse<String> again = call("POST", "/api/v2/admin/registry/review/" + id + "/approve", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("error").asText()).isEqualTo("already_decided");
    }

    @Test
    void rejectIsRememberedAndBadRequestsAreFourHundredsWithAJsonBody() throws Exception {
        String id = entry("anthropic", "claude-test-5", "new_model", "{}");

        HttpResponse<String> badCategory = call("POST", "/api/v2/admin/registry/review/" + id + "/approve",
                "{\"category\": \"toaster\"}");
        assertThat(badCategory.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badCategory.body()).get("field").asText()).isEqualTo("category");
        HttpResponse<String> noCategory = call("POST", "/api/v2/admin/registry/review/" + id + "/approve", "");
        assertThat(noCategory.statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v2/admin/registry/review/" + id + "/approve", "{not json").statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v2/admin/registry/review/not-a-uuid", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v2/admin/registry/review?status=maybe", null).statusCode()).isEqualTo(400);
        HttpResponse<String> missing = call("GET", "/api/v2/admin/registry/review/6f1c0c1e-5b7a-4a55-8a0e-1c2d3e4f5a6b", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("not_found");

        HttpResponse<String> rejected = call("POST", "/api/v2/admin/registry/review/" + id + "/reject", "{\"note\":\"duplicate\"}");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM model_review_queue WHERE id = ?::uuid", String.class, id))
                .isEqualTo("rejected");
        assertThat(JSON.readTree(call("GET", "/api/v2/admin/registry/review?status=rejected", null).body())
                .get("total").asInt()).isEqualTo(1);
    }

    @Test
    void withoutTheAdminTokenNothingIsServed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v2/admin/registry/review")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private String entry(String providerId, String modelId, String kind, String discovered) {
        return jdbc.queryForObject("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered) "
                + "VALUES (?, ?, ?, ?::jsonb) RETURNING id::text", String.class, providerId, modelId, kind, discovered);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKEN);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
