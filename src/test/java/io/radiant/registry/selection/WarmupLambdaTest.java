package io.radiant.registry.selection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.support.AwsStandIn;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With REGISTRY_WARMUP_LAMBDA_FUNCTION set, a warm-up also invokes the thermal-manager function
 * asynchronously through camel-aws2-lambda; WireMock stands in for AWS (AWS_ENDPOINT_URL). A failing
 * invoke is logged and never fails the selection.
 */
class WarmupLambdaTest extends RegistryIntegrationTest {

    static final String FUNCTION = "radiant-thermal-manager";
    static final String INVOKE_PATH = "/2015-03-31/functions/" + FUNCTION + "/invocations";
    @RegisterExtension
    static final WireMockExtension aws = AwsStandIn.extension();

    static {
        AwsStandIn.credentials("AKIATESTWARMUP000000", "test-secret-warmup");
    }

    @DynamicPropertySource
    static void awsStandIn(DynamicPropertyRegistry registry) {
        AwsStandIn.endpoint(registry, aws);
        registry.add("registry.selection.warmup-lambda-function", () -> FUNCTION);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    SelectionData selectionData;

    private Http http;
    private String cap;

    @BeforeEach
    void reset() {
        http = new Http(port);
        cap = "cap_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aWarmUpInvokesTheThermalManagerAsynchronously() {
        aws.stubFor(post(urlPathEqualTo(INVOKE_PATH)).willReturn(aResponse().withStatus(202)));
        String model = coldModel("a");

        Http.Answer answer = select();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("modelId").asText()).isEqualTo(model);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                aws.verify(1, postRequestedFor(urlPathEqualTo(INVOKE_PATH))
                        .withHeader("X-Amz-Invocation-Type", equalTo("Event"))
                        .withRequestBody(equalToJson("{\"modelId\":\"" + model + "\",\"targetState\":\"WARM\"}"))));
        assertThat(jdbc.queryForObject("SELECT target_state FROM thermal_states WHERE model_id = ?", String.class, model))
                .isEqualTo("WARM");
    }

    @Test
    void aFailingInvokeNeverFailsTheSelection() {
        aws.stubFor(post(urlPathEqualTo(INVOKE_PATH)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"__type\":\"ServiceException\",\"message\":\"thermal manager is down\"}")));
        String model = coldModel("b");

        Http.Answer answer = select();

        assertThat(answer.status()).isEqualTo(200);
        JsonNode m = answer.json();
        assertThat(m.get("modelId").asText()).isEqualTo(model);
        assertThat(m.get("warmupRequired").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                aws.verify(postRequestedFor(urlPathEqualTo(INVOKE_PATH)).withRequestBody(containing(model))));
        // the database still records the request, and the service keeps answering
        assertThat(jdbc.queryForObject("SELECT is_transitioning FROM thermal_states WHERE model_id = ?", Boolean.class, model))
                .isTrue();
        assertThat(select().status()).isEqualTo(200);
    }

    @Test
    void aRefusedInvokeIsHandledInTheWarmUpRouteItself() {
        aws.stubFor(post(urlPathEqualTo(INVOKE_PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}")));
        String model = coldModel("c");

        // synchronous call of the route: the failure is handled there (logged), not thrown to the caller
        producer.sendBody("direct:warmup-request", model);

        aws.verify(postRequestedFor(urlPathEqualTo(INVOKE_PATH)).withRequestBody(containing(model)));
        assertThat(jdbc.queryForObject("SELECT target_state FROM thermal_states WHERE model_id = ?", String.class, model))
                .isEqualTo("WARM");
    }

    private Http.Answer select() {
        FreshSelectionData.await(jdbc, selectionData);
        return http.postJson("/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":3,\"requiredCapabilities\":[\"" + cap + "\"]}");
    }

    private String coldModel(String name) {
        String id = cap + "-" + name;
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, "
                + "license, hourly_rate) VALUES (?, ?, ?, 'llm', 'chat', ARRAY['chat', ?], '{text}', '{text}', 'chat', "
                + "'huggingface-llm:2.0-gpu', 'ml.g5.2xlarge', 16, 'Apache-2.0', 2.66)", id, id, id, cap);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, 'COLD')", id);
        return id;
    }
}
