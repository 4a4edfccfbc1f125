package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.MigratedDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Java ranking (SelectionRanking over a RegistrySnapshot) against the SQL reference
 * select_model_candidates(): on the shipped catalog plus 400 random models sharing model ids, providers,
 * latencies and prices (so ties are everywhere), in 25 random thermal / health / price / lifecycle states,
 * for 40 random criteria each (1,000 comparisons). Every ordered primary, the alternative and the task
 * default must be identical. The seed is printed on failure, so a difference can be replayed.
 */
class SelectionDifferentialTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    static final long SEED = Long.getLong("selection.differential.seed", 20261201L);
    static final int STATES = 25;
    static final int CRITERIA_PER_STATE = 40;
    /** Far above any task's match count: the whole order is compared, not only its head. */
    static final int LIMIT = 1_000;

    static final String[] TASKS = {"chat", "chat", "chat", "completion", "embedding", "image", "transcription", "search",
            "audio", "video", "3d", "inference"};
    static final String[] MODALITIES = {"text", "image", "audio", "video", "embedding", "3d", "json"};
    static final String[] CAPABILITIES = {"chat", "function_calling", "vision", "json_mode", "reasoning", "streaming"};
    static final String[] THERMAL = {"OFF", "COLD", "WARM", "HOT"};
    static final String[] HEALTH = {"healthy", "healthy", "degraded", "unknown", "unhealthy"};
    static final Integer[] LATENCIES = {null, 100, 100, 250, 400};

    static JdbcTemplate jdbc;
    static List<String> providerIds;
    static List<String> providerNames;

    @BeforeAll
    static void randomCatalog() {
        jdbc = db.jdbc();
        Random random = new Random(SEED);
        for (int p = 0; p < 6; p++) {
            jdbc.update("INSERT INTO providers (id, display_name, api_base_url, compliance) VALUES (?, ?, 'https://d.test/v1', "
                    + "CAST(? AS TEXT[]))", "diff-" + p, "Diff Provider " + p, p % 2 == 0 ? "{SOC2,HIPAA}" : "{SOC2}");
        }
        providerIds = jdbc.queryForList("SELECT id FROM providers ORDER BY id", String.class);
        providerNames = jdbc.queryForList("SELECT lower(display_name) FROM providers ORDER BY id", String.class);
        String[][] kinds = {{"llm", "chat"}, {"llm", "completion"}, {"vision_llm", "chat"}, {"embedding", "embedding"},
                {"image_generation", "image_generation"}, {"speech_to_text", "transcription"}, {"search", "search"}};
        for (int i = 0; i < 400; i++) {
            String[] kind = kinds[random.nextInt(kinds.length)];
            String provider = "diff-" + random.nextInt(6);
            // model ids repeat across providers: ties on model_id are broken by provider_id
            String modelId = "diff-model-" + random.nextInt(120);
            jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                    + "input_modalities, output_modalities, context_window, pricing_type, input_cost_per_1k, output_cost_per_1k, "
                    + "cost_per_request) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (provider_id, model_id) DO NOTHING",
                    provider, modelId, "x/" + modelId, modelId, modelId, kind[0],
                    array(kind[1], pick(random, CAPABILITIES, 2)), array("text", pick(random, MODALITIES, 1)),
                    array(kind[1].equals("embedding") ? "embedding" : "text", pick(random, MODALITIES, 1)),
                    random.nextInt(4) == 0 ? null : (1 + random.nextInt(4)) * 32_000,
                    random.nextBoolean() ? "per_token" : "per_request",
                    price(random), price(random), price(random));
        }
    }

    @Test
    void javaRankingEqualsTheSqlReferenceForRandomStatesAndCriteria() throws SQLException {
        Random random = new Random(SEED + 1);
        RegistrySnapshotLoader loader = new RegistrySnapshotLoader();
        int compared = 0;
        int withPrimaries = 0;
        int withDefault = 0;
        try (Connection connection = db.connection()) {
            for (int state = 0; state < STATES; state++) {
                randomState(random);
                RegistrySnapshot snapshot = loader.load(connection);
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                for (int i = 0; i < CRITERIA_PER_STATE; i++) {
                    ModelSelectionCriteria c = randomCriteria(random);
                    Ranking java = SelectionRanking.rank(snapshot, c, LIMIT, today);
                    Ranking sql = reference(connection, snapshot, c);
                    String context = "seed " + SEED + ", state " + state + ", criteria " + c;
                    assertThat(keys(java.primaries())).as(context).isEqualTo(keys(sql.primaries()));
                    assertThat(key(java.alternative())).as(context).isEqualTo(key(sql.alternative()));
                    assertThat(key(java.taskDefault())).as(context).isEqualTo(key(sql.taskDefault()));
                    compared++;
                    withPrimaries += java.primaries().isEmpty() ? 0 : 1;
                    withDefault += java.taskDefault() == null ? 0 : 1;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(1_000);
        // the random criteria must exercise both branches, else the comparison proves little
        assertThat(withPrimaries).isGreaterThan(compared / 4);
        assertThat(withDefault).isGreaterThan(10);
    }

    // ---------------------------------------------------------------------------------------------

    private static void randomState(Random random) {
        for (String model : jdbc.queryForList("SELECT model_id FROM thermal_states", String.class)) {
            jdbc.update("UPDATE thermal_states SET current_state = ? WHERE model_id = ?",
                    THERMAL[random.nextInt(THERMAL.length)], model);
        }
        jdbc.update("DELETE FROM provider_health");
        for (String provider : providerIds) {
            if (random.nextInt(5) > 0) {
                jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, ?, ?)",
                        provider, HEALTH[random.nextInt(HEALTH.length)], LATENCIES[random.nextInt(LATENCIES.length)]);
            }
            jdbc.update("UPDATE providers SET enabled = ? WHERE id = ?", random.nextInt(12) > 0, provider);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String modelId : jdbc.queryForList("SELECT DISTINCT model_id FROM models WHERE random() < 0.1", String.class)) {
            int dice = random.nextInt(6);
            jdbc.update("UPDATE models SET deprecated = ?, enabled = ?, retirement_date = ?, input_cost_per_1k = ?, "
                    + "cost_per_request = ? WHERE model_id = ?",
                    dice == 0, dice != 1,
                    dice == 2 ? java.sql.Date.valueOf(today.minusDays(1)) : dice == 3 ? java.sql.Date.valueOf(today) : null,
                    price(random), price(random), modelId);
        }
        jdbc.update("UPDATE self_hosted_models SET deprecated = (random() < 0.05), enabled = (random() > 0.05)");
    }

    private static ModelSelectionCriteria randomCriteria(Random random) {
        String task = TASKS[random.nextInt(TASKS.length)];
        String out = switch (task) {
            case "embedding" -> "embedding";
            case "image" -> "image";
            case "audio" -> "audio";
            case "video" -> "video";
            case "3d" -> "3d";
            default -> "text";
        };
        String in = task.equals("transcription") ? "audio" : "text";
        List<String> inputs = new ArrayList<>(List.of(in));
        if (random.nextInt(5) == 0) {
            inputs.add(MODALITIES[random.nextInt(MODALITIES.length)]);
        }
        List<String> prefer = new ArrayList<>();
        int preferences = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < preferences; i++) {
            int p = random.nextInt(providerIds.size() + 1);
            prefer.add(p == providerIds.size() ? "self_hosted"
                    : random.nextBoolean() ? providerIds.get(p) : providerNames.get(p));
        }
        List<String> caps = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            caps.add(CAPABILITIES[random.nextInt(CAPABILITIES.length)]);
        }
        return new ModelSelectionCriteria(task, inputs, random.nextInt(8) == 0 ? List.of() : List.of(out),
                1 + random.nextInt(5), new String[] {"any", "any", "external", "self_hosted"}[random.nextInt(4)], prefer,
                random.nextInt(4) == 0 ? LATENCIES[1 + random.nextInt(LATENCIES.length - 1)] : null,
                random.nextInt(4) == 0 ? new BigDecimal(new String[] {"0.001", "0.01", "0.05"}[random.nextInt(3)]) : null,
                caps, random.nextInt(5) == 0 ? 64_000 : null, random.nextInt(6) == 0);
    }

    /** select_model_candidates() rows as a Ranking, each row matched to the snapshot's model of that key. */
    private static Ranking reference(Connection connection, RegistrySnapshot snapshot, ModelSelectionCriteria c)
            throws SQLException {
        List<CatalogModel> primaries = new ArrayList<>();
        CatalogModel alternative = null;
        CatalogModel taskDefault = null;
        try (PreparedStatement st = connection.prepareStatement("SELECT role, candidate_rank, model_id, provider_id "
                + "FROM select_model_candidates(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ORDER BY role, candidate_rank")) {
            st.setString(1, c.task());
            st.setArray(2, connection.createArrayOf("text", c.inputModality().toArray()));
            st.setArray(3, connection.createArrayOf("text", c.outputModality().toArray()));
            st.setInt(4, c.tenantTier());
            st.setString(5, c.preferHosting());
            st.setArray(6, connection.createArrayOf("text", c.requiredCapabilities().toArray()));
            st.setObject(7, c.minContextWindow(), java.sql.Types.INTEGER);
            st.setBoolean(8, c.requireHIPAA());
            st.setArray(9, connection.createArrayOf("text", c.preferProvider().toArray()));
            st.setObject(10, c.maxLatencyMs(), java.sql.Types.INTEGER);
            st.setBigDecimal(11, c.maxCostPerRequest());
            st.setString(12, DefaultModels.forTask(c.task()));
            st.setInt(13, LIMIT);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    CatalogModel m = find(snapshot, rs.getString("model_id"), rs.getString("provider_id"));
                    switch (rs.getString("role")) {
                        case "primary" -> primaries.add(m);
                        case "alternative" -> alternative = m;
                        default -> taskDefault = m;
                    }
                }
            }
        }
        return new Ranking(primaries, alternative, taskDefault);
    }

    private static CatalogModel find(RegistrySnapshot snapshot, String modelId, String providerId) {
        return snapshot.withModelId(modelId).stream().filter(m -> m.providerId().equals(providerId)).findFirst()
                .orElseThrow(() -> new AssertionError("SQL answered " + providerId + "/" + modelId
                        + ", which the snapshot does not hold"));
    }

    private static List<String> keys(List<CatalogModel> models) {
        return models.stream().map(SelectionDifferentialTest::key).toList();
    }

    private static String key(CatalogModel m) {
        return m == null ? null : m.providerId() + "/" + m.modelId() + "/" + m.readinessRank() + "/"
                + Objects.toString(m.avgLatencyMs());
    }

    private static String pick(Random random, String[] pool, int max) {
        StringBuilder words = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            words.append(',').append(pool[random.nextInt(pool.length)]);
        }
        return words.toString();
    }

    private static String array(String first, String more) {
        return "{" + first + more + "}";
    }

    private static BigDecimal price(Random random) {
        return random.nextInt(3) == 0 ? null : new BigDecimal(new String[] {"0.0005", "0.005", "0.02"}[random.nextInt(3)]);
    }
}
