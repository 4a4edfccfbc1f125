package io.radiant.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.CamelSql;
import io.radiant.registry.support.MigratedDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The decision statements (sql/review-*.sql) on a real migrated database, with ReviewQueue's parameters. */
class ReviewDecisionSqlTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    private final ReviewQueue queue = new ReviewQueue();
    private JdbcTemplate jdbc;
    private CamelSql sql;

    @BeforeEach
    void emptyQueue() {
        jdbc = db.jdbc();
        sql = new CamelSql(db.dataSource());
        jdbc.update("DELETE FROM model_review_queue");
        jdbc.update("DELETE FROM event_outbox");
        jdbc.update("DELETE FROM model_price_history WHERE source = 'review'");
        jdbc.update("DELETE FROM models WHERE provider_id = 'google' AND model_id = 'gemini-9-test'");
    }

    @Test
    void approvingANewModelCreatesItInTheCatalogOnceAndOnlyOnce() {
        String id = entry("google", "gemini-9-test", "new_model",
                "{\"displayName\":\"Gemini 9\",\"contextWindow\":2000000,\"capabilities\":[\"chat\"],\"suggestedCategory\":\"llm\"}");
        Map<String, Object> row = get(id);

        List<Map<String, Object>> created = sql.query("sql/review-approve-new-model.sql",
                queue.approval(row, "{\"inputCostPer1k\": 0.001, \"outputModalities\": [\"text\"]}", "application/json"));

        assertThat(created).hasSize(1);
        Map<String, Object> model = jdbc.queryForMap("SELECT litellm_id, display_name, category, context_window, enabled, "
                + "capabilities::text AS caps, input_cost_per_1k FROM models WHERE provider_id = 'google' AND model_id = 'gemini-9-test'");
        assertThat(model).containsEntry("litellm_id", "gemini/gemini-9-test").containsEntry("display_name", "Gemini 9")
                .containsEntry("category", "llm").containsEntry("context_window", 2000000).containsEntry("enabled", true)
                .containsEntry("caps", "{chat}");
        assertThat(get(id)).containsEntry("status", "approved").containsEntry("decided_by", "admin");

        // the same approval again (a second reviewer, a retried request): nothing happens
        assertThat(sql.query("sql/review-approve-new-model.sql", queue.approval(row, "", "application/json"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE model_id = 'gemini-9-test'", Integer.class)).isEqualTo(1);
    }

    @Test
    void approvingAHeldDeprecationDeprecatesTheModelWithAnEvent() {
        String id = entry("openai", "gpt-4o-mini", "deprecation", "{}");

        List<Map<String, Object>> result = sql.query("sql/review-approve-deprecation.sql", queue.approval(get(id), "", "application/json"));

        assertThat(result).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT deprecated FROM models WHERE provider_id = 'openai' AND model_id = 'gpt-4o-mini'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForList("SELECT detail_type FROM event_outbox", String.class)).containsExactly("ModelDeprecated");
        jdbc.update("UPDATE models SET deprecated = false, deprecated_at = NULL WHERE provider_id = 'openai' AND model_id = 'gpt-4o-mini'");
    }

    @Test
    void approvingAHeldPriceMoveAppliesItWithHistoryAndEvents() {
        jdbc.update("UPDATE models SET input_cost_per_1k = 0.015 WHERE provider_id = 'openai' AND model_id = 'gpt-4o-mini'");
        String id = entry("openai", "gpt-4o-mini", "price_change", "{\"source\":\"litellm\",\"litellmId\":\"gpt-4o-mini\","
                + "\"changes\":[{\"field\":\"input_cost_per_1k\",\"oldValue\":0.015,\"newValue\":0.00015}]}");

        List<Map<String, Object>> result = sql.query("sql/review-approve-price-change.sql", queue.approval(get(id), "", "application/json"));

        assertThat(result).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT input_cost_per_1k::text FROM models WHERE provider_id = 'openai' "
                + "AND model_id = 'gpt-4o-mini'", String.class)).isEqualTo("0.00015000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_price_history WHERE source = 'review'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT detail->>'source' FROM event_outbox WHERE detail_type = 'ModelPriceChanged'",
                String.class)).isEqualTo("review");
        // approved, the price is the operator's: a feed may only propose a change to it from now on
        assertThat(jdbc.queryForObject("SELECT source FROM model_field_sources WHERE provider_id = 'openai' "
                + "AND model_id = 'gpt-4o-mini' AND field = 'input_cost_per_1k'", String.class)).isEqualTo("admin");
        jdbc.update("DELETE FROM model_field_sources WHERE model_id = 'gpt-4o-mini'");
    }

    @Test
    void approvingAProposedLifecycleChangeAppliesItAsTheOperatorsWithAnEvent() {
        String id = entry("anthropic", "claude-3-haiku-20240307", "metadata_change", "{\"source\":\"openrouter\","
                + "\"changes\":[{\"field\":\"retirement_date\",\"oldValue\":\"2026-01-01\",\"newValue\":\"2026-03-31\"},"
                + "{\"field\":\"context_window\",\"oldValue\":100000,\"newValue\":200000},"
                + "{\"field\":\"category\",\"newValue\":\"toaster\"}]}");
        jdbc.update("UPDATE models SET retirement_date = DATE '2026-01-01' WHERE model_id = 'claude-3-haiku-20240307'");

        Map<String, Object> pending = get(id);
        List<Map<String, Object>> result = sql.query("sql/review-approve-metadata-change.sql",
                queue.approval(pending, "{\"note\":\"announced on the status page\"}", "application/json"));

        assertThat(result).hasSize(1);
        assertThat(jdbc.queryForMap("SELECT CAST(retirement_date AS text) AS retires, context_window, category FROM models "
                + "WHERE model_id = 'claude-3-haiku-20240307'")).containsEntry("retires", "2026-03-31")
                .containsEntry("context_window", 200000).doesNotContainEntry("category", "toaster");
        assertThat(jdbc.queryForList("SELECT field || ':' || source FROM model_field_sources "
                + "WHERE model_id = 'claude-3-haiku-20240307' ORDER BY 1", String.class))
                .containsExactly("context_window:admin", "retirement_date:admin");
        String event = jdbc.queryForObject("SELECT detail::text FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged'",
                String.class);
        io.radiant.registry.support.EventSchemas.assertValid("ModelLifecycleChanged", event);
        assertThat(event).contains("\"oldValue\": \"2026-01-01\"").contains("\"source\": \"review\"");
        // a second reviewer who loaded the entry while it was pending changes nothing
        assertThat(sql.query("sql/review-approve-metadata-change.sql",
                queue.approval(pending, "", "application/json"))).isEmpty();
        jdbc.update("UPDATE models SET retirement_date = NULL WHERE model_id = 'claude-3-haiku-20240307'");
    }

    @Test
    void approvingTheProviderListsProposedDisplayNameAppliesItAsTheOperatorsWithoutALifecycleEvent() {
        String before = jdbc.queryForObject("SELECT display_name FROM models WHERE provider_id = 'anthropic' "
                + "AND model_id = 'claude-3-haiku-20240307'", String.class);
        String id = entry("anthropic", "claude-3-haiku-20240307", "metadata_change", "{\"source\":\"provider_list\","
                + "\"changes\":[{\"field\":\"display_name\",\"oldValue\":\"" + before + "\",\"newValue\":\"Claude Haiku 3\","
                + "\"source\":\"provider_list\",\"currentSource\":\"curated\"}]}");

        List<Map<String, Object>> result = sql.query("sql/review-approve-metadata-change.sql",
                queue.approval(get(id), "", "application/json"));

        assertThat(result).hasSize(1);
        assertThat(result.get(0)).containsEntry("display_name", "Claude Haiku 3");
        assertThat(jdbc.queryForObject("SELECT source FROM model_field_sources WHERE model_id = 'claude-3-haiku-20240307' "
                + "AND field = 'display_name'", String.class)).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox", Integer.class)).isZero();
        jdbc.update("UPDATE models SET display_name = ? WHERE model_id = 'claude-3-haiku-20240307'", before);
        jdbc.update("DELETE FROM model_field_sources WHERE model_id = 'claude-3-haiku-20240307'");
    }

    @Test
    void rejectingIsRememberedAndOnlyOnce() {
        String id = entry("google", "gemini-9-test", "new_model", "{}");

        assertThat(sql.query("sql/review-reject.sql", queue.rejection(get(id), "{\"note\":\"not for us\"}", "application/json"))).hasSize(1);
        assertThat(get(id)).containsEntry("status", "rejected").containsEntry("decision_note", "not for us");
        jdbc.update("UPDATE model_review_queue SET status = 'pending' WHERE id = ?::uuid", id);
        jdbc.update("UPDATE model_review_queue SET status = 'rejected' WHERE id = ?::uuid", id);
        assertThat(sql.query("sql/review-reject.sql", Map.of("reviewId", id, "note", "", "decidedBy", "x"))).isEmpty();
    }

    private String entry(String providerId, String modelId, String kind, String discovered) {
        return jdbc.queryForObject("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered) "
                + "VALUES (?, ?, ?, ?::jsonb) RETURNING id::text", String.class, providerId, modelId, kind, discovered);
    }

    private Map<String, Object> get(String id) {
        return sql.queryOne("sql/review-get.sql", Map.of("reviewId", id));
    }
}
