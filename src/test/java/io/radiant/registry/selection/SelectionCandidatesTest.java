package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.MigratedDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * select_model_candidates() walks the external models provider by provider on base tables (for speed);
 * this test holds it to the plain definition over the unified_model_registry view, on the shipped catalog
 * plus the benchmark's 10,000 synthetic models (ties, degraded and unhealthy providers, HIPAA, prices),
 * for a battery of criteria. It also checks that the planner still matches idx_models_selection through
 * the view, i.e. that the index expression is still the view's primary_mode expression.
 */
class SelectionCandidatesTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    static JdbcTemplate jdbc;

    /** The same rules, written the obvious way over the view (full scan): the reference. */
    static final String REFERENCE = """
            SELECT u.model_id, u.provider_id
            FROM unified_model_registry u
            WHERE u.primary_mode = ?
              AND NOT u.deprecated
              AND CAST(? AS TEXT[]) <@ u.input_modalities
              AND CAST(? AS TEXT[]) <@ u.output_modalities
              AND u.min_tier <= ?
              AND u.health_status IS DISTINCT FROM 'unhealthy'
              AND (CAST(? AS VARCHAR) = 'any' OR u.hosting_type = CAST(? AS VARCHAR))
              AND (CAST(? AS TEXT[]) = '{}' OR CAST(? AS TEXT[]) <@ u.capabilities)
              AND (CAST(? AS INTEGER) IS NULL OR u.context_window >= CAST(? AS INTEGER))
              AND (NOT ? OR 'HIPAA' = ANY(u.compliance))
              AND (CAST(? AS INTEGER) IS NULL OR u.avg_latency_ms IS NULL OR u.avg_latency_ms <= CAST(? AS INTEGER))
              AND (CAST(? AS NUMERIC) IS NULL
                   OR estimated_cost_per_request(u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k,
                          u.cost_per_request, u.cost_per_second, u.cost_per_image, u.cost_per_minute) IS NULL
                   OR estimated_cost_per_request(u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k,
                          u.cost_per_request, u.cost_per_second, u.cost_per_image, u.cost_per_minute) <= CAST(? AS NUMERIC))
            ORDER BY (u.provider_id = ANY(CAST(? AS TEXT[])) OR lower(u.provider_name) = ANY(CAST(? AS TEXT[]))) DESC,
                     model_readiness_rank(u.hosting_type, u.thermal_state),
                     u.avg_latency_ms ASC NULLS LAST,
                     CASE u.health_status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END,
                     u.model_id, u.provider_id
            LIMIT 10
            """;

    record Criteria(String task, String in, String out, int tier, String hosting, String caps, Integer minContext,
                    boolean hipaa, String prefer, Integer maxLatency, Double maxCost) { }

    @BeforeAll
    static void loadTheSyntheticCatalog() throws Exception {
        jdbc = db.jdbc();
        String sql = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("bench/select-load/synthetic-models.sql")),
                StandardCharsets.UTF_8);
        jdbc.execute(sql);
        // some self-hosted models warm or hot, so readiness differs within the self-hosted half
        jdbc.update("UPDATE thermal_states SET current_state = 'WARM' WHERE model_id IN ('mistral-7b-v0.3', 'bge-m3')");
        jdbc.update("UPDATE thermal_states SET current_state = 'HOT' WHERE model_id = 'whisper-large-v3'");
        jdbc.update("UPDATE thermal_states SET current_state = 'OFF' WHERE model_id = 'llama-3.3-70b'");
    }

    static List<Criteria> battery() {
        List<Criteria> all = new ArrayList<>();
        String[][] tasks = {{"chat", "{text}", "{text}"}, {"chat", "{text,image}", "{text}"}, {"completion", "{text}", "{text}"},
                {"embedding", "{text}", "{embedding}"}, {"image", "{text}", "{image}"}, {"transcription", "{audio}", "{text}"},
                {"search", "{text}", "{text}"}, {"audio", "{text}", "{audio}"}, {"video", "{text}", "{video}"},
                {"3d", "{text}", "{3d}"}, {"inference", "{image}", "{json}"}};
        for (String[] t : tasks) {
            for (int tier : new int[] {1, 3, 5}) {
                for (String hosting : new String[] {"any", "external", "self_hosted"}) {
                    all.add(new Criteria(t[0], t[1], t[2], tier, hosting, "{}", null, false, "{}", null, null));
                }
            }
            all.add(new Criteria(t[0], t[1], t[2], 5, "any", "{}", null, true, "{}", null, null));
            all.add(new Criteria(t[0], t[1], t[2], 5, "any", "{}", null, false, "{anthropic,synthetic-4}", null, null));
            all.add(new Criteria(t[0], t[1], t[2], 5, "any", "{}", null, false, "{self_hosted}", null, null));
            all.add(new Criteria(t[0], t[1], t[2], 5, "any", "{}", null, false, "{}", 400, null));
            all.add(new Criteria(t[0], t[1], t[2], 5, "any", "{}", null, false, "{}", null, 0.004));
            all.add(new Criteria(t[0], t[1], t[2], 5, "any", "{}", 100000, false, "{}", null, null));
        }
        all.add(new Criteria("chat", "{text}", "{text}", 4, "any", "{function_calling}", null, false, "{}", null, null));
        all.add(new Criteria("chat", "{text}", "{text}", 4, "any", "{vision}", 150000, true, "{synthetic-8}", 800, 0.02));
        return all;
    }

    @Test
    void theRankedPrimariesAreThoseOfThePlainRankingOverTheView() {
        int compared = 0;
        int nonEmpty = 0;
        for (Criteria c : battery()) {
            List<String> expected = jdbc.query(REFERENCE, (rs, i) -> rs.getString(2) + "/" + rs.getString(1),
                    c.task(), c.in(), c.out(), c.tier(), c.hosting(), c.hosting(), c.caps(), c.caps(), c.minContext(),
                    c.minContext(), c.hipaa(), c.maxLatency(), c.maxLatency(), c.maxCost(), c.maxCost(), c.prefer(), c.prefer());
            List<String> actual = jdbc.query("SELECT provider_id, model_id FROM select_model_candidates(?, CAST(? AS TEXT[]), "
                            + "CAST(? AS TEXT[]), ?, ?, CAST(? AS TEXT[]), ?, ?, CAST(? AS TEXT[]), ?, CAST(? AS NUMERIC), NULL, 10) "
                            + "WHERE role = 'primary' ORDER BY candidate_rank",
                    (rs, i) -> rs.getString(1) + "/" + rs.getString(2),
                    c.task(), c.in(), c.out(), c.tier(), c.hosting(), c.caps(), c.minContext(), c.hipaa(), c.prefer(),
                    c.maxLatency(), c.maxCost());
            assertThat(actual).as(c.toString()).isEqualTo(expected);
            compared++;
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(nonEmpty).as("the battery must exercise real rankings").isGreaterThan(60);
    }

    @Test
    void theAlternativeIsTheBestExternalModelWhateverTheHostingPreference() {
        for (Criteria c : battery()) {
            if (!c.hosting().equals("self_hosted")) {
                continue;
            }
            List<String> expected = jdbc.query(REFERENCE, (rs, i) -> rs.getString(2) + "/" + rs.getString(1),
                    c.task(), c.in(), c.out(), c.tier(), "external", "external", c.caps(), c.caps(), c.minContext(),
                    c.minContext(), c.hipaa(), c.maxLatency(), c.maxLatency(), c.maxCost(), c.maxCost(), c.prefer(), c.prefer());
            List<String> actual = jdbc.query("SELECT provider_id, model_id FROM select_model_candidates(?, CAST(? AS TEXT[]), "
                            + "CAST(? AS TEXT[]), ?, ?, '{}', NULL, ?, CAST(? AS TEXT[]), NULL, NULL, NULL, 10) "
                            + "WHERE role = 'alternative'",
                    (rs, i) -> rs.getString(1) + "/" + rs.getString(2),
                    c.task(), c.in(), c.out(), c.tier(), c.hosting(), c.hipaa(), c.prefer());
            assertThat(actual).as(c.toString()).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.get(0)));
        }
    }

    @Test
    void providersThatTieInterleaveTheirModelsByIdAndAWorseProviderCannotSlipIn() {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES ('tie-a', 'Tie A', 'https://a.invalid'), "
                + "('tie-b', 'Tie B', 'https://b.invalid'), ('tie-c', 'Tie C', 'https://c.invalid')");
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES ('tie-a', 'healthy', 7), "
                + "('tie-b', 'healthy', 7), ('tie-c', 'healthy', 8)");
        for (String[] m : new String[][] {{"tie-a", "tie-1"}, {"tie-a", "tie-3"}, {"tie-a", "tie-5"}, {"tie-b", "tie-2"},
                {"tie-b", "tie-4"}, {"tie-b", "tie-6"}, {"tie-c", "tie-0"}}) {
            jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                    + "input_modalities, output_modalities) VALUES (?, ?, ?, ?, ?, 'llm', '{chat,tie_token}', '{text}', '{text}')",
                    m[0], m[1], m[1], m[1], m[1]);
        }

        List<String> top3 = jdbc.queryForList("SELECT model_id FROM select_model_candidates('chat', '{text}', '{text}', 1, "
                + "'any', '{tie_token}', NULL, false, '{}', NULL, NULL, NULL, 3) WHERE role = 'primary' ORDER BY candidate_rank",
                String.class);
        List<String> top7 = jdbc.queryForList("SELECT model_id FROM select_model_candidates('chat', '{text}', '{text}', 1, "
                + "'any', '{tie_token}', NULL, false, '{}', NULL, NULL, NULL, 7) WHERE role = 'primary' ORDER BY candidate_rank",
                String.class);

        assertThat(top3).containsExactly("tie-1", "tie-2", "tie-3");
        assertThat(top7).containsExactly("tie-1", "tie-2", "tie-3", "tie-4", "tie-5", "tie-6", "tie-0");
    }

    @Test
    void theDefaultRowComesOnlyWhenNoPrimaryMatches() {
        List<Map<String, Object>> matched = jdbc.queryForList("SELECT role FROM select_model_candidates('chat', '{text}', "
                + "'{text}', 3, 'any', '{}', NULL, false, '{}', NULL, NULL, 'gpt-4o-mini', 10)");
        assertThat(matched).extracting(r -> r.get("role")).doesNotContain("default");

        List<Map<String, Object>> none = jdbc.queryForList("SELECT role, model_id FROM select_model_candidates('chat', "
                + "'{text}', '{text}', 3, 'any', '{no_such_capability}', NULL, false, '{}', NULL, NULL, 'gpt-4o-mini', 10)");
        assertThat(none).hasSize(1);
        assertThat(none.get(0)).containsEntry("role", "default").containsEntry("model_id", "gpt-4o-mini");
    }

    @Test
    void estimatedCostFollowsThePricingType() {
        assertThat(cost("'per_request', NULL, NULL, 0.002, NULL, NULL, NULL")).isEqualByComparingTo("0.002");
        assertThat(cost("'per_token', 0.0025, 0.01, NULL, NULL, NULL, NULL")).isEqualByComparingTo("0.0125");
        assertThat(cost("'per_token', NULL, 0.01, NULL, NULL, NULL, NULL")).isEqualByComparingTo("0.01");
        assertThat(cost("'per_token', NULL, NULL, NULL, NULL, NULL, NULL")).isNull();
        assertThat(cost("'per_character', 0.015, NULL, NULL, NULL, NULL, NULL")).isEqualByComparingTo("0.015");
        assertThat(cost("'per_image', NULL, NULL, NULL, NULL, 0.04, NULL")).isEqualByComparingTo("0.04");
        assertThat(cost("'per_second', NULL, NULL, NULL, 0.05, NULL, NULL")).isEqualByComparingTo("0.5");
        assertThat(cost("'per_minute', NULL, NULL, NULL, NULL, NULL, 0.006")).isEqualByComparingTo("0.006");
        assertThat(cost("'per_hour', NULL, NULL, NULL, NULL, 0.003, 0.01")).as("self-hosted: per image before per minute")
                .isEqualByComparingTo("0.003");
    }

    @Test
    void thePlannerStillUsesTheSelectionIndexThroughTheView() {
        String plan = String.join("\n", jdbc.queryForList("EXPLAIN SELECT model_id FROM unified_model_registry "
                + "WHERE provider_id = 'openai' AND primary_mode = 'chat' ORDER BY model_id LIMIT 10", String.class));
        assertThat(plan).contains("idx_models_selection");
    }

    private static java.math.BigDecimal cost(String args) {
        return jdbc.queryForObject("SELECT estimated_cost_per_request(" + args + ")", java.math.BigDecimal.class);
    }
}
