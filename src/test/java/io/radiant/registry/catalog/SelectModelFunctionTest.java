package io.radiant.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.MigratedDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * select_model() rule by rule. Each test adds its own models carrying a capability token of its own
 * and asks for that token, so it sees only its rows among the shipped catalog.
 */
class SelectModelFunctionTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    private JdbcTemplate jdbc;
    private String token;

    @BeforeEach
    void setUp() {
        jdbc = db.jdbc();
        token = "cap_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, compliance) "
                + "VALUES (?, 'Test HIPAA', 'https://hipaa.test/v1', 'none', 'T_KEY', ARRAY['HIPAA','SOC2']) ", token + "_h");
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES (?, 'Test Plain', 'https://plain.test/v1', 'none', 'T_KEY')", token + "_p");
    }

    @Test
    void taskMustMatchThePrimaryMode() {
        external("chatty", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        external("embedder", "_p", "embedding", new String[] {"embedding"}, "{text}", "{embedding}", 8000);

        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false))).containsExactly("chatty");
        assertThat(ids(select("embedding", "{text}", "{embedding}", 5, "any", 0, false))).containsExactly("embedder");
    }

    @Test
    void requestedInputAndOutputModalitiesMustBeContainedInTheModels() {
        external("vision", "_p", "llm", new String[] {"chat"}, "{text,image}", "{text}", 8000);
        external("textonly", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);

        assertThat(ids(select("chat", "{image}", "{text}", 5, "any", 0, false))).containsExactly("vision");
        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false))).containsExactlyInAnyOrder("vision", "textonly");
        assertThat(ids(select("chat", "{audio}", "{text}", 5, "any", 0, false))).isEmpty();
        assertThat(ids(select("chat", "{text}", "{image}", 5, "any", 0, false))).isEmpty();
    }

    @Test
    void theTenantTierMustReachTheModelsMinimumTier() {
        selfHosted("big", "chat", 4, "WARM");
        external("ext", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);

        assertThat(ids(select("chat", "{text}", "{text}", 3, "any", 0, false))).containsExactly("ext");
        assertThat(ids(select("chat", "{text}", "{text}", 4, "any", 0, false))).containsExactlyInAnyOrder("big", "ext");
        assertThat(ids(select("chat", "{text}", "{text}", 1, "any", 0, false))).containsExactly("ext");
    }

    @Test
    void hostingPreferenceRestrictsToThatHostingType() {
        selfHosted("mine", "chat", 3, "WARM");
        external("theirs", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);

        assertThat(ids(select("chat", "{text}", "{text}", 5, "external", 0, false))).containsExactly("theirs");
        assertThat(ids(select("chat", "{text}", "{text}", 5, "self_hosted", 0, false))).containsExactly("mine");
    }

    @Test
    void everyRequiredCapabilityMustBePresent() {
        external("tools", "_p", "llm", new String[] {"chat", "function_calling"}, "{text}", "{text}", 8000);
        external("plain", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM select_model('chat', '{text}', '{text}', 5, 'any', ?::text[], NULL, false)",
                "{" + token + ",function_calling}");

        assertThat(ids(rows)).containsExactly("tools");
    }

    @Test
    void theContextWindowMustReachTheMinimum() {
        external("long", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 200000);
        external("short", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);

        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 100000, false))).containsExactly("long");
        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 8000, false))).containsExactlyInAnyOrder("long", "short");
    }

    @Test
    void hipaaRequiresAProviderTaggedHipaa() {
        external("covered", "_h", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        external("uncovered", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        selfHosted("local", "chat", 3, "WARM");

        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, true))).containsExactly("covered");
    }

    @Test
    void unhealthyProvidersAreExcludedAndDegradedOnesRankAfterHealthyOnes() {
        external("sick", "_h", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        external("fine", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        health("_h", "unhealthy", 100);
        health("_p", "healthy", 100);

        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false))).containsExactly("fine");

        health("_h", "degraded", 100);
        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false))).containsExactly("fine", "sick");
    }

    @Test
    void theSpecsThermalOrder_hotWarmColdThenExternalThenOff() {
        selfHosted("off", "chat", 3, "OFF");
        selfHosted("cold", "chat", 3, "COLD");
        selfHosted("warm", "chat", 3, "WARM");
        selfHosted("hot", "chat", 3, "HOT");

        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false)))
                .containsExactly("hot", "warm", "cold", "off");

        external("ext", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false)))
                .containsExactly("hot", "warm", "cold", "ext", "off");
    }

    @Test
    void onlyWarmOrHotSelfHostedModelsAreReady_coldAndOffNeedWarmup() {
        selfHosted("off", "chat", 3, "OFF");
        selfHosted("cold", "chat", 3, "COLD");
        selfHosted("warm", "chat", 3, "WARM");
        selfHosted("hot", "chat", 3, "HOT");
        external("ext", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);

        Map<String, Boolean> warmup = new java.util.HashMap<>();
        select("chat", "{text}", "{text}", 5, "any", 0, false)
                .forEach(r -> warmup.put(strip((String) r.get("model_id")), (Boolean) r.get("warmup_required")));

        assertThat(warmup).containsEntry("off", true).containsEntry("cold", true)
                .containsEntry("warm", false).containsEntry("hot", false).containsEntry("ext", false);
    }

    @Test
    void atMostTenRowsAreReturned() {
        for (int i = 0; i < 12; i++) {
            external("m" + i, "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        }

        assertThat(select("chat", "{text}", "{text}", 5, "any", 0, false)).hasSize(10);
    }

    @Test
    void deprecatedAndDisabledModelsAreNeverSelected() {
        external("old", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        external("off", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        external("current", "_p", "llm", new String[] {"chat"}, "{text}", "{text}", 8000);
        jdbc.update("UPDATE models SET deprecated = true WHERE model_id = ?", token + "-old");
        jdbc.update("UPDATE models SET enabled = false WHERE model_id = ?", token + "-off");

        assertThat(ids(select("chat", "{text}", "{text}", 5, "any", 0, false))).containsExactly("current");
    }

    @Test
    void filtersCombine() {
        external("match", "_h", "llm", new String[] {"chat", "vision"}, "{text,image}", "{text}", 128000);
        external("nohipaa", "_p", "llm", new String[] {"chat", "vision"}, "{text,image}", "{text}", 128000);
        external("shortctx", "_h", "llm", new String[] {"chat", "vision"}, "{text,image}", "{text}", 4000);
        external("novision", "_h", "llm", new String[] {"chat"}, "{text}", "{text}", 128000);
        selfHosted("local", "chat", 3, "HOT");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM select_model('chat', '{image}', '{text}', 2, 'external', ?::text[], 100000, true)",
                "{" + token + ",vision}");

        assertThat(ids(rows)).containsExactly("match");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<Map<String, Object>> select(String task, String in, String out, int tier, String hosting,
                                             int minContext, boolean hipaa) {
        return jdbc.queryForList("SELECT * FROM select_model(?, ?::text[], ?::text[], ?, ?, ?::text[], ?, ?)",
                task, in, out, tier, hosting, "{" + token + "}", minContext == 0 ? null : minContext, hipaa);
    }

    private List<String> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("model_id")).filter(id -> id.startsWith(token))
                .map(this::strip).toList();
    }

    private String strip(String id) {
        return id.startsWith(token + "-") ? id.substring(token.length() + 1) : id;
    }

    private void external(String id, String providerSuffix, String category, String[] capabilities, String in,
                          String out, int context) {
        String[] caps = java.util.Arrays.copyOf(capabilities, capabilities.length + 1);
        caps[capabilities.length] = token;
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                        + "input_modalities, output_modalities, context_window) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?)",
                token + providerSuffix, token + "-" + id, "test/" + id, id, id, category,
                "{" + String.join(",", caps) + "}", in, out, context);
    }

    private void selfHosted(String id, String mode, int minTier, String thermal) {
        String modelId = token + "-" + id;
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                        + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, "
                        + "license, hourly_rate, min_tier, context_window) "
                        + "VALUES (?, ?, ?, 'llm', 'chat', ?::text[], '{text}', '{text}', ?, 'img', 'ml.g5.xlarge', 8, "
                        + "'MIT', 1.0, ?, 32000)",
                modelId, id, id, "{chat," + token + "}", mode, minTier);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, ?)", modelId, thermal);
    }

    private void health(String providerSuffix, String status, int latency) {
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, ?, ?) "
                        + "ON CONFLICT (provider_id, region) DO UPDATE SET status = EXCLUDED.status, "
                        + "avg_latency_ms = EXCLUDED.avg_latency_ms",
                token + providerSuffix, status, latency);
    }
}
