package io.radiant.registry.thermal;

import static io.radiant.registry.thermal.SageMakerStandIn.answer;
import static io.radiant.registry.thermal.SageMakerStandIn.describe;
import static io.radiant.registry.thermal.SageMakerStandIn.endpoint;
import static io.radiant.registry.thermal.SageMakerStandIn.error;
import static io.radiant.registry.thermal.SageMakerStandIn.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.radiant.registry.support.AwsStandIn;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.ThreadPoolProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The thermal sync end to end: triggered like every sync, asking a SageMaker stand-in (WireMock answering
 * the shared fixtures' shapes) about all 56 seeded endpoints, and checked in the thermal rows, the sync log
 * and the outbox of a real database. Models whose endpoint has no answer of its own are "not found".
 */
@TestPropertySource(properties = {
        // short limits so that the timeout case takes about a second; backoff small, attempts as in production
        "registry.thermal.attempt-timeout=400ms",
        "registry.thermal.call-timeout=1200ms",
        "registry.thermal.retry-backoff=10ms",
        "registry.thermal.throttling-backoff=20ms",
        "registry.thermal.max-attempts=3",
})
class ThermalSyncTest extends RegistryIntegrationTest {

    private static final String SECRET_KEY = "thermal-test-secret-Kq9vX2";
    private static final AtomicReference<Runnable> meanwhile = new AtomicReference<>(() -> { });
    @RegisterExtension
    static final WireMockExtension server = SageMakerStandIn.extension(new RunsBeforeAnswering());
    private static final SageMakerStandIn sageMaker = new SageMakerStandIn(server);

    static {
        AwsStandIn.credentials("AKIATHERMALTEST0001", SECRET_KEY);
    }

    @DynamicPropertySource
    static void awsStandIn(DynamicPropertyRegistry registry) {
        AwsStandIn.endpoint(registry, sageMaker::url);
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Value("${registry.thermal.concurrency}")
    int concurrency;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void everyModelOffWithoutAnEndpoint() {
        sageMaker.knowsNoEndpoint();
        meanwhile.set(() -> { });
        jdbc.update("UPDATE self_hosted_models SET enabled = true, min_instances = 0");
        jdbc.update("INSERT INTO thermal_states (model_id) SELECT model_id FROM self_hosted_models ON CONFLICT DO NOTHING");
        jdbc.update("UPDATE thermal_states SET current_state = 'OFF', target_state = NULL, is_transitioning = false, "
                + "endpoint_status = NULL, instance_count = NULL, last_error = NULL, warmup_requested_at = NULL, "
                + "last_checked_at = NULL, state_changed_at = NULL");
        jdbc.update("DELETE FROM event_outbox");
    }

    @Test
    void everyEndpointStatusMapsToItsThermalState() throws Exception {
        given("whisper-large-v3", "COLD");
        sageMaker.describes("radiant-whisper-large-v3", fixture("sagemaker-describe-endpoint-inservice.json"));
        given("llama-3.3-70b", "COLD");
        sageMaker.describes("radiant-llama-3.3-70b", fixture("sagemaker-describe-endpoint-inservice-scaled.json"));
        given("mistral-7b-v0.3", "COLD");
        jdbc.update("UPDATE self_hosted_models SET min_instances = 3 WHERE model_id = 'mistral-7b-v0.3'");
        sageMaker.describes("radiant-mistral-7b-v0.3", endpoint("radiant-mistral-7b-v0.3", "InService", 3, null));
        given("yolov8m", "COLD");
        sageMaker.describes("radiant-yolov8m", fixture("sagemaker-describe-endpoint-creating.json"));
        given("yolov8x", "WARM");
        sageMaker.describes("radiant-yolov8x", endpoint("radiant-yolov8x", "Updating", 1, null));
        given("yolo11m", "HOT");
        sageMaker.describes("radiant-yolo11m", endpoint("radiant-yolo11m", "SystemUpdating", 2, null));
        given("detr-resnet-101", "WARM");
        sageMaker.describes("radiant-detr-resnet-101", endpoint("radiant-detr-resnet-101", "RollingBack", 1, null));
        given("sam-2", "WARM");
        sageMaker.describes("radiant-sam-2", fixture("sagemaker-describe-endpoint-failed.json"));
        given("sam-vit-h", "WARM");
        sageMaker.describes("radiant-sam-vit-h", endpoint("radiant-sam-vit-h", "OutOfService", 0, null));
        given("convnext-xl", "HOT");
        sageMaker.describes("radiant-convnext-xl", endpoint("radiant-convnext-xl", "Deleting", 2, null));
        given("vit-l-14", "WARM");
        sageMaker.describes("radiant-vit-l-14",
                endpoint("radiant-vit-l-14", "UpdateRollbackFailed", 1, "Rollback failed: image not found."));
        given("esmfold", "WARM");  // no answer of its own: not found

        String syncId = syncThermal();

        assertThermal("whisper-large-v3", "WARM", false, "InService", 1, null);
        assertThermal("llama-3.3-70b", "HOT", false, "InService", 3, null);
        assertThermal("mistral-7b-v0.3", "WARM", false, "InService", 3, null);
        assertThermal("yolov8m", "COLD", true, "Creating", 0, null);
        assertThermal("yolov8x", "WARM", true, "Updating", 1, null);
        assertThermal("yolo11m", "HOT", true, "SystemUpdating", 2, null);
        assertThermal("detr-resnet-101", "WARM", true, "RollingBack", 1, null);
        assertThermal("sam-2", "OFF", false, "Failed", 0, "Unable to provision requested ML compute capacity.");
        assertThermal("sam-vit-h", "OFF", false, "OutOfService", 0, "Endpoint is OutOfService");
        assertThermal("convnext-xl", "OFF", false, "Deleting", 2, "Endpoint is Deleting");
        assertThermal("vit-l-14", "OFF", false, "UpdateRollbackFailed", 1, "Rollback failed: image not found.");
        assertThermal("esmfold", "OFF", false, null, null, null);

        Map<String, Object> log = logRow(syncId);
        assertThat(log).containsEntry("status", "completed").containsEntry("models_updated", 12);
        assertThat(errors(syncId)).isEmpty();
        JsonNode details = json.readTree((String) log.get("details"));
        assertThat(details.get("endpointsChecked").asInt()).isEqualTo(56);
        assertThat(details.get("changed").asInt()).isEqualTo(12);
        assertThat(details.get("unchanged").asInt()).isEqualTo(44);
        assertThat(details.get("hot").asInt()).isEqualTo(2);
        assertThat(details.get("warm").asInt()).isEqualTo(4);
        assertThat(details.get("cold").asInt()).isEqualTo(1);
        assertThat(details.get("off").asInt()).isEqualTo(49);
        assertThat(details.get("transitioning").asInt()).isEqualTo(4);

        // every row was checked; only a change of current_state moves state_changed_at
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM thermal_states WHERE last_checked_at IS NULL", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT state_changed_at IS NOT NULL FROM thermal_states WHERE model_id = 'llama-3.3-70b'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT state_changed_at IS NULL FROM thermal_states WHERE model_id = 'yolov8m'",
                Boolean.class)).isTrue();
    }

    @Test
    void eachChangeWritesOneThermalStateChangedEventAndUnchangedModelsNone() throws Exception {
        given("llama-3.3-70b", "COLD");
        sageMaker.describes("radiant-llama-3.3-70b", fixture("sagemaker-describe-endpoint-inservice-scaled.json"));
        given("sam-2", "WARM");
        sageMaker.describes("radiant-sam-2", fixture("sagemaker-describe-endpoint-failed.json"));
        given("whisper-large-v3", "WARM");  // stays WARM
        sageMaker.describes("radiant-whisper-large-v3", fixture("sagemaker-describe-endpoint-inservice.json"));

        String syncId = syncThermal();

        List<Map<String, Object>> events = jdbc.queryForList("SELECT detail::text AS detail, sync_id::text AS sync_id "
                + "FROM event_outbox WHERE detail_type = 'ThermalStateChanged' ORDER BY detail->>'modelId'");
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.get("sync_id")).isEqualTo(syncId));
        JsonNode llama = json.readTree((String) events.get(0).get("detail"));
        assertThat(llama.get("modelId").asText()).isEqualTo("llama-3.3-70b");
        assertThat(llama.get("endpointName").asText()).isEqualTo("radiant-llama-3.3-70b");
        assertThat(llama.get("previousState").asText()).isEqualTo("COLD");
        assertThat(llama.get("currentState").asText()).isEqualTo("HOT");
        assertThat(llama.get("wasTransitioning").asBoolean()).isFalse();
        assertThat(llama.get("isTransitioning").asBoolean()).isFalse();
        assertThat(llama.get("endpointStatus").asText()).isEqualTo("InService");
        assertThat(llama.get("instanceCount").asInt()).isEqualTo(3);
        assertThat(llama.get("failureReason").isNull()).isTrue();
        assertThat(llama.get("syncId").asText()).isEqualTo(syncId);
        assertThat(llama.get("changedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        JsonNode sam = json.readTree((String) events.get(1).get("detail"));
        assertThat(sam.get("modelId").asText()).isEqualTo("sam-2");
        assertThat(sam.get("previousState").asText()).isEqualTo("WARM");
        assertThat(sam.get("currentState").asText()).isEqualTo("OFF");
        assertThat(sam.get("failureReason").asText()).isEqualTo("Unable to provision requested ML compute capacity.");

        assertThat(logRow(syncId)).containsEntry("models_updated", 2);
        // the documented schema names exactly the fields the event carries
        JsonNode schema = json.readTree(Path.of("docs/events/ThermalStateChanged.schema.json").toFile());
        List<String> documented = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(documented::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(f -> required.add(f.asText()));
        List<String> sent = new ArrayList<>();
        llama.fieldNames().forEachRemaining(sent::add);
        assertThat(sent).containsExactlyInAnyOrderElementsOf(documented).containsAll(required);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncCompleted' "
                + "AND sync_id = ?::uuid", Integer.class, syncId)).isEqualTo(1);
    }

    @Test
    void whenAwsCannotBeAskedTheStateIsUntouchedAndTheErrorIsInTheSyncLog() throws Exception {
        jdbc.update("UPDATE thermal_states SET current_state = 'HOT', endpoint_status = 'InService', instance_count = 3, "
                + "last_checked_at = TIMESTAMPTZ '2025-11-01 00:00:00Z' WHERE model_id IN "
                + "('llama-3.3-70b', 'whisper-large-v3', 'mistral-7b-v0.3', 'mixtral-8x7b', 'qwen2.5-72b')");
        sageMaker.fails("radiant-llama-3.3-70b", 500, "InternalFailure", "We encountered an internal error. Please try again.");
        sageMaker.answers("radiant-whisper-large-v3",
                answer(200, fixture("sagemaker-describe-endpoint-inservice.json")).withFixedDelay(3_000));
        sageMaker.fails("radiant-mistral-7b-v0.3", 400, "ThrottlingException", "Rate exceeded");
        sageMaker.fails("radiant-mixtral-8x7b", 403, "UnrecognizedClientException",
                "The security token included in the request is invalid.");
        sageMaker.resetsConnection("radiant-qwen2.5-72b");

        String syncId = syncThermal();

        assertThat(logRow(syncId)).containsEntry("status", "completed").containsEntry("models_updated", 0);
        for (String model : List.of("llama-3.3-70b", "whisper-large-v3", "mistral-7b-v0.3", "mixtral-8x7b", "qwen2.5-72b")) {
            Map<String, Object> row = jdbc.queryForMap("SELECT current_state, is_transitioning, endpoint_status, "
                    + "instance_count, last_checked_at = TIMESTAMPTZ '2025-11-01 00:00:00Z' AS untouched "
                    + "FROM thermal_states WHERE model_id = ?", model);
            assertThat(row).as(model).containsEntry("current_state", "HOT").containsEntry("is_transitioning", false)
                    .containsEntry("endpoint_status", "InService").containsEntry("instance_count", 3)
                    .containsEntry("untouched", true);
        }
        List<String> errors = errors(syncId);
        assertThat(errors).hasSize(5);
        assertThat(errors).contains(
                "llama-3.3-70b: InternalFailure (HTTP 500) after 3 attempts",
                "mistral-7b-v0.3: ThrottlingException (HTTP 400) after 3 attempts",
                "mixtral-8x7b: UnrecognizedClientException (HTTP 403)");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("whisper-large-v3: ").containsIgnoringCase("timeout"));
        assertThat(errors).contains("qwen2.5-72b: SdkClientException: Unable to execute HTTP request: Connection reset "
                + "after 3 attempts");
        assertThat(errors).allSatisfy(e -> assertThat(e).doesNotContain(SECRET_KEY).doesNotContain("AKIATHERMALTEST0001"));
        assertThat(sageMaker.requestsFor("radiant-llama-3.3-70b")).isEqualTo(3);
        assertThat(sageMaker.requestsFor("radiant-mixtral-8x7b")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ThermalStateChanged'",
                Integer.class)).isZero();
    }

    @Test
    void throttlingIsRetriedAndTheAnswerAfterItCounts() {
        given("whisper-large-v3", "COLD");
        sageMaker.stub(describe("radiant-whisper-large-v3").inScenario("throttled once")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer(400, error("ThrottlingException", "Rate exceeded")))
                .willSetStateTo("calm"));
        sageMaker.stub(describe("radiant-whisper-large-v3").inScenario("throttled once")
                .whenScenarioStateIs("calm")
                .willReturn(answer(200, fixture("sagemaker-describe-endpoint-inservice.json"))));

        String syncId = syncThermal();

        assertThermal("whisper-large-v3", "WARM", false, "InService", 1, null);
        assertThat(errors(syncId)).isEmpty();
        assertThat(sageMaker.requestsFor("radiant-whisper-large-v3")).isEqualTo(2);
    }

    @Test
    void aWarmUpRequestIsClearedOnceTheEndpointIsWarmAndKeptWhileItIsCreated() {
        jdbc.update("UPDATE thermal_states SET current_state = 'COLD', target_state = 'WARM', is_transitioning = true, "
                + "warmup_requested_at = now() WHERE model_id IN ('whisper-large-v3', 'yolov8m')");
        sageMaker.describes("radiant-whisper-large-v3", fixture("sagemaker-describe-endpoint-inservice.json"));
        sageMaker.describes("radiant-yolov8m", fixture("sagemaker-describe-endpoint-creating.json"));

        String syncId = syncThermal();

        assertThat(jdbc.queryForMap("SELECT current_state, target_state, is_transitioning FROM thermal_states "
                + "WHERE model_id = 'whisper-large-v3'"))
                .containsEntry("current_state", "WARM").containsEntry("target_state", null)
                .containsEntry("is_transitioning", false);
        assertThat(jdbc.queryForMap("SELECT current_state, target_state, is_transitioning FROM thermal_states "
                + "WHERE model_id = 'yolov8m'"))
                .containsEntry("current_state", "COLD").containsEntry("target_state", "WARM")
                .containsEntry("is_transitioning", true);
        assertThat(jdbc.queryForList("SELECT detail->>'modelId' FROM event_outbox WHERE detail_type = 'ThermalStateChanged' "
                + "AND sync_id = ?::uuid", String.class, syncId)).containsExactly("whisper-large-v3");
        assertThat(jdbc.queryForObject("SELECT detail->>'previousTargetState' FROM event_outbox "
                + "WHERE detail_type = 'ThermalStateChanged'", String.class)).isEqualTo("WARM");
    }

    @Test
    void aWarmUpRequestedWhileTheSyncRunsIsNotOverwritten() throws Exception {
        given("mistral-7b-v0.3", "COLD");
        // selection asks for a warm-up after the sync read the row, before SageMaker answers "not found"
        meanwhile.set(() -> jdbc.update("UPDATE thermal_states SET target_state = 'WARM', is_transitioning = true, "
                + "warmup_requested_at = now() WHERE model_id = 'mistral-7b-v0.3' AND current_state = 'COLD'"));
        sageMaker.answers("radiant-mistral-7b-v0.3",
                answer(400, SageMakerStandIn.notFoundBody()).withTransformers(RunsBeforeAnswering.NAME));

        String syncId = syncThermal();

        assertThat(jdbc.queryForMap("SELECT current_state, target_state, is_transitioning FROM thermal_states "
                + "WHERE model_id = 'mistral-7b-v0.3'"))
                .containsEntry("current_state", "COLD").containsEntry("target_state", "WARM")
                .containsEntry("is_transitioning", true);
        assertThat(logRow(syncId)).containsEntry("models_updated", 0);
        JsonNode details = json.readTree((String) logRow(syncId).get("details"));
        assertThat(details.get("skippedConcurrentlyChanged").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ThermalStateChanged'",
                Integer.class)).isZero();
    }

    @Test
    void aModelWithoutAThermalRowGetsOneFromTheSync() throws Exception {
        jdbc.update("DELETE FROM thermal_states WHERE model_id IN ('whisper-large-v3', 'esmfold')");
        sageMaker.describes("radiant-whisper-large-v3", fixture("sagemaker-describe-endpoint-inservice.json"));
        jdbc.update("UPDATE self_hosted_models SET default_thermal_state = 'OFF' WHERE model_id = 'esmfold'");

        String syncId = syncThermal();

        assertThermal("whisper-large-v3", "WARM", false, "InService", 1, null);
        assertThermal("esmfold", "OFF", false, null, null, null);
        assertThat(jdbc.queryForObject("SELECT last_checked_at IS NOT NULL FROM thermal_states WHERE model_id = 'esmfold'",
                Boolean.class)).isTrue();
        List<String> events = jdbc.queryForList("SELECT detail::text FROM event_outbox "
                + "WHERE detail_type = 'ThermalStateChanged' AND sync_id = ?::uuid", String.class, syncId);
        assertThat(events).hasSize(1);
        JsonNode whisper = json.readTree(events.get(0));
        assertThat(whisper.get("modelId").asText()).isEqualTo("whisper-large-v3");
        assertThat(whisper.get("previousState").asText()).isEqualTo("COLD");
        assertThat(whisper.get("currentState").asText()).isEqualTo("WARM");
        assertThat(logRow(syncId)).containsEntry("models_updated", 1);
        assertThat(json.readTree((String) logRow(syncId).get("details")).get("unchanged").asInt()).isEqualTo(55);
    }

    @Test
    void disabledModelsAreNotAsked() throws Exception {
        jdbc.update("UPDATE self_hosted_models SET enabled = false WHERE model_id = 'whisper-large-v3'");
        given("whisper-large-v3", "COLD");
        sageMaker.describes("radiant-whisper-large-v3", fixture("sagemaker-describe-endpoint-inservice.json"));

        String syncId = syncThermal();

        assertThat(sageMaker.requestsFor("radiant-whisper-large-v3")).isZero();
        assertThat(sageMaker.requestsFor("radiant-llama-3.3-70b")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT current_state FROM thermal_states WHERE model_id = 'whisper-large-v3'",
                String.class)).isEqualTo("COLD");
        assertThat(json.readTree((String) logRow(syncId).get("details")).get("endpointsChecked").asInt()).isEqualTo(55);
    }

    @Test
    void selectionPrefersASelfHostedChatModelThatTurnedWarmOverColdOnes() {
        List<String> chatModels = jdbc.queryForList("SELECT model_id FROM self_hosted_models WHERE primary_mode = 'chat' "
                + "ORDER BY model_id", String.class);
        assertThat(chatModels).contains("qwen2.5-72b").hasSizeGreaterThan(2);
        for (String model : chatModels) {
            given(model, "COLD");
            if (!model.equals("qwen2.5-72b")) {
                sageMaker.describes("radiant-" + model, endpoint("radiant-" + model, "Creating", 0, null));
            }
        }
        sageMaker.describes("radiant-qwen2.5-72b", endpoint("radiant-qwen2.5-72b", "InService", 1, null));
        String select = "SELECT model_id, thermal_state, warmup_required FROM "
                + "select_model('chat', ARRAY['text'], ARRAY['text'], 5, 'self_hosted')";
        assertThat(jdbc.queryForList(select).get(0).get("model_id")).isNotEqualTo("qwen2.5-72b");

        syncThermal();

        List<Map<String, Object>> ranked = jdbc.queryForList(select);
        assertThat(ranked.get(0)).containsEntry("model_id", "qwen2.5-72b").containsEntry("thermal_state", "WARM")
                .containsEntry("warmup_required", false);
        assertThat(ranked.subList(1, ranked.size())).isNotEmpty()
                .allSatisfy(m -> assertThat(m).containsEntry("thermal_state", "COLD").containsEntry("warmup_required", true));
    }

    @Test
    void endpointsAreAskedOnTheirOwnBoundedPoolSizedByTheConcurrencyProperty() {
        ThreadPoolProfile pool = camel.getExecutorServiceManager().getThreadPoolProfile("thermal-probes");

        assertThat(pool).isNotNull();
        assertThat(pool.getPoolSize()).isEqualTo(concurrency);
        assertThat(pool.getMaxPoolSize()).isEqualTo(concurrency);
        assertThat(camel.getRoute("sync-thermal")).isNotNull();
    }

    private void given(String modelId, String state) {
        assertThat(jdbc.update("UPDATE thermal_states SET current_state = ? WHERE model_id = ?", state, modelId))
                .as("thermal row of " + modelId).isEqualTo(1);
    }

    private String syncThermal() {
        Map<?, ?> answer = SyncRuns.request(producer, Map.of("syncType", "thermal", "syncTrigger", "api"));
        String syncId = (String) answer.get("syncId");
        await().atMost(Duration.ofSeconds(30)).until(() -> !"running".equals(jdbc.queryForObject(
                "SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId)));
        assertThat(jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId))
                .as("sync %s (error: %s)", syncId, jdbc.queryForObject(
                        "SELECT error_message FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId))
                .isEqualTo("completed");
        return syncId;
    }

    private Map<String, Object> logRow(String syncId) {
        return jdbc.queryForMap("SELECT status, models_updated, details::text AS details FROM registry_sync_log "
                + "WHERE id = ?::uuid", syncId);
    }

    private List<String> errors(String syncId) {
        return jdbc.queryForList("SELECT unnest(errors) FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId);
    }

    private void assertThermal(String modelId, String state, boolean transitioning, String endpointStatus,
                               Integer instances, String lastError) {
        Map<String, Object> row = jdbc.queryForMap("SELECT current_state, is_transitioning, endpoint_status, instance_count, "
                + "last_error FROM thermal_states WHERE model_id = ?", modelId);
        assertThat(row).as(modelId)
                .containsEntry("current_state", state)
                .containsEntry("is_transitioning", transitioning)
                .containsEntry("endpoint_status", endpointStatus)
                .containsEntry("instance_count", instances)
                .containsEntry("last_error", lastError);
    }

    /** Runs {@link #meanwhile} before the stand-in answers, to act between the sync's read and its write. */
    public static final class RunsBeforeAnswering implements ResponseDefinitionTransformerV2 {

        static final String NAME = "runs-before-answering";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            meanwhile.get().run();
            return serveEvent.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
