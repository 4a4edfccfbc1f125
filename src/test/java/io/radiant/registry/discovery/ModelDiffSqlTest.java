package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.CamelSql;
import io.radiant.registry.support.MigratedDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** sql/model-diff.sql on a real migrated database: what one provider's list does to the catalog. */
class ModelDiffSqlTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    private JdbcTemplate jdbc;
    private CamelSql sql;
    private String syncId;

    @BeforeEach
    void aProviderWithFourCatalogModels() {
        jdbc = db.jdbc();
        sql = new CamelSql(db.dataSource());
        jdbc.update("DELETE FROM event_outbox");
        jdbc.update("DELETE FROM model_review_queue WHERE provider_id = 'acme'");
        jdbc.update("DELETE FROM models WHERE provider_id = 'acme'");
        jdbc.update("DELETE FROM providers WHERE id = 'acme'");
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES ('acme', 'Acme', 'http://acme.test/v1', 'openai-compatible', 'ACME_API_KEY')");
        for (String id : List.of("a-1", "a-2", "a-3", "a-4")) {
            jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, context_window) "
                    + "VALUES ('acme', ?, ?, ?, ?, 'llm', 8192)", id, "acme/" + id, id, "Acme " + id);
        }
        syncId = newSync();
    }

    @Test
    void newIdsGoToTheReviewQueueNotTheCatalogAndEmitModelDiscovered() {
        Map<String, Object> result = diff(models("a-1", "a-2", "a-3", "a-4", "a-5"), true);

        assertThat(result).containsEntry("added", 1).containsEntry("deprecated", 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 'acme'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND kind = 'new_model' AND status = 'pending'", String.class)).containsExactly("a-5");
        assertThat(jdbc.queryForList("SELECT detail_type FROM event_outbox", String.class)).containsExactly("ModelDiscovered");
        assertThat(jdbc.queryForObject("SELECT detail->>'modelId' FROM event_outbox", String.class)).isEqualTo("a-5");

        Map<String, Object> again = diff(models("a-1", "a-2", "a-3", "a-4", "a-5"), true);
        assertThat(again).containsEntry("added", 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aRejectedIdIsNotQueuedAgain() {
        diff(models("a-1", "a-2", "a-3", "a-4", "a-5"), true);
        jdbc.update("UPDATE model_review_queue SET status = 'rejected' WHERE provider_id = 'acme' AND model_id = 'a-5'");

        Map<String, Object> result = diff(models("a-1", "a-2", "a-3", "a-4", "a-5"), true);

        assertThat(result).containsEntry("added", 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND status = 'pending'", Integer.class)).isZero();
    }

    @Test
    void valuesNobodySetAreFilledAndAFeedsValuesCorrectedAllRecordedAsTheProviderLists() {
        // a-2's context window and a-3's max output came from feeds; a-4's max output nobody set
        source("a-2", "context_window", "litellm", "8192");
        jdbc.update("UPDATE models SET max_output = 2048 WHERE provider_id = 'acme' AND model_id = 'a-3'");
        source("a-3", "max_output", "models.dev", "2048");
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3", "a-4");
        listed.get(2).put("max_output", 4096);
        listed.get(3).put("max_output", 8192);

        Map<String, Object> result = diff(listed, true);

        assertThat(result).containsEntry("updated", 2).containsEntry("added", 0).containsEntry("deprecated", 0)
                .containsEntry("proposed", 0);
        assertThat(jdbc.queryForObject("SELECT max_output FROM models WHERE provider_id='acme' AND model_id='a-3'",
                Integer.class)).isEqualTo(4096);
        assertThat(jdbc.queryForObject("SELECT max_output FROM models WHERE provider_id='acme' AND model_id='a-4'",
                Integer.class)).isEqualTo(8192);
        // the feed's value the list confirms is the provider's from now on; curated values it repeats stay curated
        assertThat(sources()).containsExactly("a-2:context_window:provider_list:8192", "a-3:max_output:provider_list:4096",
                "a-4:max_output:provider_list:8192");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id='acme' AND last_seen_at IS NOT NULL",
                Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox", Integer.class)).isZero();

        assertThat(diff(listed, true)).containsEntry("updated", 0).containsEntry("sources_recorded", 0);
    }

    @Test
    void curatedOrAdminValuesTheListContradictsAreProposedOnceAndARejectedValueNeverAgain() {
        source("a-3", "context_window", "admin", "8192");
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3", "a-4");
        listed.get(0).put("display_name", "Acme One");
        listed.get(0).put("context_window", 32768);
        listed.get(2).put("context_window", 16384);

        Map<String, Object> result = diff(listed, true);

        assertThat(result).containsEntry("updated", 0).containsEntry("proposed", 3).containsEntry("review_items", 2);
        assertThat(jdbc.queryForList("SELECT display_name || ':' || context_window FROM models WHERE provider_id = 'acme' "
                + "ORDER BY model_id", String.class)).containsExactly("Acme a-1:8192", "Acme a-2:8192", "Acme a-3:8192",
                "Acme a-4:8192");
        assertThat(sources()).containsExactly("a-3:context_window:admin:8192");
        Map<String, Object> item = jdbc.queryForMap("SELECT discovered::text AS d, reason, status FROM model_review_queue "
                + "WHERE provider_id = 'acme' AND model_id = 'a-1' AND kind = 'metadata_change'");
        assertThat((String) item.get("d")).contains("\"source\": \"provider_list\"")
                .contains("\"field\": \"display_name\"").contains("\"newValue\": \"Acme One\"")
                .contains("\"field\": \"context_window\"").contains("\"newValue\": 32768")
                .contains("\"currentSource\": \"curated\"");
        assertThat((String) item.get("reason")).isEqualTo("the provider's list differs from the curated value(s)");
        assertThat(jdbc.queryForObject("SELECT reason FROM model_review_queue WHERE model_id = 'a-3' "
                + "AND kind = 'metadata_change'", String.class)).isEqualTo("the provider's list differs from the admin value(s)");

        assertThat(diff(listed, true)).containsEntry("proposed", 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND kind = 'metadata_change'", Integer.class)).isEqualTo(2);

        jdbc.update("UPDATE model_review_queue SET status = 'rejected' WHERE provider_id = 'acme' AND kind = 'metadata_change'");
        listed.get(2).put("context_window", 65536);
        Map<String, Object> afterRejection = diff(listed, true);
        assertThat(afterRejection).containsEntry("proposed", 1);
        assertThat(jdbc.queryForList("SELECT model_id || ':' || (discovered->'changes'->0->>'newValue') FROM model_review_queue "
                + "WHERE provider_id = 'acme' AND kind = 'metadata_change' AND status = 'pending'", String.class))
                .containsExactly("a-3:65536");
    }

    @Test
    void aRetirementDateAndSuccessorAreLearnedOnceWithAnEventAndCorrectedWhenTheListChangesThem() {
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3", "a-4");
        listed.get(0).put("retirement_date", "2026-08-31");
        listed.get(0).put("successor_model_id", "a-2");

        Map<String, Object> learned = diff(listed, true);

        assertThat(learned).containsEntry("updated", 1).containsEntry("lifecycle_changes", 2);
        assertThat(jdbc.queryForMap("SELECT CAST(retirement_date AS text) AS r, successor_model_id AS s FROM models "
                + "WHERE provider_id = 'acme' AND model_id = 'a-1'")).containsEntry("r", "2026-08-31").containsEntry("s", "a-2");
        assertThat(sources()).containsExactly("a-1:retirement_date:provider_list:\"2026-08-31\"",
                "a-1:successor_model_id:provider_list:\"a-2\"");
        List<String> events = jdbc.queryForList("SELECT detail::text FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged' "
                + "ORDER BY detail->>'field'", String.class);
        assertThat(events).hasSize(2);
        events.forEach(e -> io.radiant.registry.support.EventSchemas.assertValid("ModelLifecycleChanged", e));
        assertThat(events.get(0)).contains("\"field\": \"retirement_date\"").contains("\"oldValue\": null")
                .contains("\"newValue\": \"2026-08-31\"").contains("\"source\": \"provider_list\"")
                .contains("\"syncId\": \"" + syncId + "\"");

        assertThat(diff(listed, true)).containsEntry("lifecycle_changes", 0).containsEntry("updated", 0);

        listed.get(0).put("retirement_date", "2026-10-31");
        assertThat(diff(listed, true)).containsEntry("lifecycle_changes", 1);
        assertThat(jdbc.queryForObject("SELECT detail::text FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged' "
                + "AND detail->>'newValue' = '2026-10-31'", String.class)).contains("\"oldValue\": \"2026-08-31\"");
    }

    @Test
    void aCuratedRetirementDateIsOnlyProposedAndTheListsProposalOutranksAFeedsInTheSharedItem() {
        jdbc.update("UPDATE models SET retirement_date = DATE '2026-06-30' WHERE provider_id = 'acme' AND model_id = 'a-1'");
        // the pricing sync proposed a feed's retirement date and max output for the same model before
        jdbc.update("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason) VALUES ('acme', 'a-1', "
                + "'metadata_change', '{\"source\": \"litellm\", \"changes\": [{\"field\": \"max_output\", \"newValue\": 4096, "
                + "\"source\": \"litellm\"}, {\"field\": \"retirement_date\", \"newValue\": \"2026-07-31\", "
                + "\"source\": \"litellm\"}]}', 'a feed differs from a curated value')");
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3", "a-4");
        listed.get(0).put("retirement_date", "2026-08-31");

        Map<String, Object> result = diff(listed, true);

        assertThat(result).containsEntry("proposed", 1).containsEntry("lifecycle_changes", 0);
        assertThat(jdbc.queryForObject("SELECT CAST(retirement_date AS text) FROM models WHERE provider_id = 'acme' "
                + "AND model_id = 'a-1'", String.class)).isEqualTo("2026-06-30");
        assertThat(jdbc.queryForList("SELECT (c->>'field') || ':' || (c->>'newValue') || ':' || (c->>'source') "
                + "FROM model_review_queue r, jsonb_array_elements(r.discovered->'changes') AS c "
                + "WHERE r.provider_id = 'acme' AND r.kind = 'metadata_change' AND r.status = 'pending'", String.class))
                .containsExactly("max_output:4096:litellm", "retirement_date:2026-08-31:provider_list");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox", Integer.class)).isZero();
    }

    @Test
    void aModelMissingFromACompleteListIsDeprecatedAndComesBackWhenListedAgain() {
        // one of four missing: below both churn thresholds (10 models, half of the provider's models)
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category) "
                + "VALUES ('acme', 'a-5', 'acme/a-5', 'a-5', 'Acme a-5', 'llm')");
        Map<String, Object> result = diff(models("a-1", "a-2", "a-3", "a-4"), true);

        assertThat(result).containsEntry("deprecated", 1).containsEntry("held", 0);
        assertThat(deprecated()).containsExactly("a-5");
        assertThat(jdbc.queryForList("SELECT detail_type FROM event_outbox", String.class)).containsExactly("ModelDeprecated");

        Map<String, Object> back = diff(models("a-1", "a-2", "a-3", "a-4", "a-5"), true);

        assertThat(back).containsEntry("restored", 1).containsEntry("updated", 1);
        assertThat(deprecated()).isEmpty();
    }

    @Test
    void aPartialListNeverDeprecates() {
        Map<String, Object> result = diff(models("a-1"), false);

        assertThat(result).containsEntry("deprecated", 0).containsEntry("held", 0);
        assertThat(deprecated()).isEmpty();
    }

    @Test
    void anEmptyListNeverDeprecates() {
        Map<String, Object> result = diff(List.of(), true);

        assertThat(result).containsEntry("deprecated", 0).containsEntry("held", 0);
        assertThat(deprecated()).isEmpty();
    }

    @Test
    void churnGuardHoldsDeprecationsOfHalfTheModelsForReview() {
        Map<String, Object> result = diff(models("a-1", "a-2"), true);

        assertThat(result).containsEntry("deprecated", 0).containsEntry("held", 2);
        assertThat(deprecated()).isEmpty();
        assertThat(jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND kind = 'deprecation' AND status = 'pending' ORDER BY model_id", String.class))
                .containsExactly("a-3", "a-4");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox", Integer.class)).isZero();

        // listed again: the held deprecations need no decision any more
        Map<String, Object> back = diff(models("a-1", "a-2", "a-3", "a-4"), true);
        assertThat(back).containsEntry("holds_withdrawn", 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND kind = 'deprecation' AND status = 'pending'", Integer.class)).isZero();
    }

    @Test
    void churnGuardHoldsMoreThanTenDeprecationsEvenOfALargeProvider() {
        for (int i = 5; i <= 40; i++) {
            jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category) "
                    + "VALUES ('acme', ?, ?, ?, ?, 'llm')", "a-" + i, "acme/a-" + i, "a-" + i, "Acme " + i);
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 1; i <= 29; i++) {
            listed.add(model("a-" + i));
        }

        Map<String, Object> result = diff(listed, true); // 11 of 40 missing: under half, over ten

        assertThat(result).containsEntry("deprecated", 0).containsEntry("held", 11);
        assertThat(deprecated()).isEmpty();
    }

    @Test
    void aMissingModelAndARetirementByTheListCountTogetherAndWaitAsDecisions() {
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3"); // a-4 missing
        listed.get(0).put("retirement_date", "2000-01-01");             // a-1 retired by the list

        Map<String, Object> result = diff(listed, true); // 2 of 4 would leave selection: half

        assertThat(result).containsEntry("deprecated", 0).containsEntry("held", 1).containsEntry("retirements_held", 1)
                .containsEntry("dropping", 2).containsEntry("lifecycle_changes", 0);
        assertThat(deprecated()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 'acme' AND retirement_date IS NOT NULL",
                Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT model_id || ':' || kind FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND status = 'pending' ORDER BY 1", String.class)).containsExactly("*:held_changes", "a-4:deprecation");
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'held_changes'",
                String.class)).contains("\"modelId\": \"a-1\"").contains("\"newValue\": \"2000-01-01\"")
                .contains("\"source\": \"provider_list\"");
        assertThat(jdbc.queryForObject("SELECT reason FROM model_review_queue WHERE kind = 'held_changes'", String.class))
                .contains("2 of its 4 active models").contains("1 retired by a listed date, 1 no longer listed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_field_sources WHERE provider_id = 'acme' "
                + "AND field = 'retirement_date'", Integer.class)).isZero();

        // the same list again: still one item, not two
        diff(listed, true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND kind = 'held_changes'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aRetirementWithinTheGuardOrInTheFutureIsAppliedAsBefore() {
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3", "a-4");
        listed.get(0).put("retirement_date", "2000-01-01"); // one of four: under half
        listed.get(1).put("retirement_date", "2099-12-31"); // still served: takes nothing out

        Map<String, Object> result = diff(listed, true);

        assertThat(result).containsEntry("retirements_held", 0).containsEntry("dropping", 1)
                .containsEntry("lifecycle_changes", 2);
        assertThat(jdbc.queryForList("SELECT model_id || ':' || retirement_date FROM models WHERE provider_id = 'acme' "
                + "AND retirement_date IS NOT NULL ORDER BY 1", String.class))
                .containsExactly("a-1:2000-01-01", "a-2:2099-12-31");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme'", Integer.class))
                .isZero();
    }

    @Test
    void moreNewIdsThanTheLimitWaitAsOneItemWithOneEventAndARejectedFloodStaysAway() {
        List<Map<String, Object>> listed = models("a-1", "a-2", "a-3", "a-4");
        for (int i = 0; i < 101; i++) {
            listed.add(model("new-" + i));
        }

        Map<String, Object> result = diff(listed, true);

        assertThat(result).containsEntry("added", 0).containsEntry("discoveries_held", 101);
        assertThat(jdbc.queryForList("SELECT model_id || ':' || kind || ':' || (discovered->>'count') FROM model_review_queue "
                + "WHERE provider_id = 'acme'", String.class)).containsExactly("*:mass_discovery:101");
        assertThat(jdbc.queryForObject("SELECT jsonb_array_length(discovered->'models') FROM model_review_queue "
                + "WHERE kind = 'mass_discovery'", Integer.class)).isEqualTo(101);
        assertThat(jdbc.queryForList("SELECT detail_type FROM event_outbox", String.class)).containsExactly("ModelDiscoveryHeld");
        String event = jdbc.queryForObject("SELECT detail::text FROM event_outbox", String.class);
        io.radiant.registry.support.EventSchemas.assertValid("ModelDiscoveryHeld", event);
        assertThat(event).contains("\"count\": 101").contains("new-0");

        // listed again: the same item, no second event
        diff(listed, true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'acme'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox", Integer.class)).isEqualTo(1);

        // rejected: those ids are neither held nor queued again; a genuinely new one is queued as usual
        jdbc.update("UPDATE model_review_queue SET status = 'rejected' WHERE kind = 'mass_discovery'");
        listed.add(model("really-new"));
        Map<String, Object> after = diff(listed, true);
        assertThat(after).containsEntry("added", 1).containsEntry("discoveries_held", 0);
        assertThat(jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = 'acme' "
                + "AND status = 'pending'", String.class)).containsExactly("really-new");
    }

    private void source(String modelId, String field, String source, String value) {
        jdbc.update("INSERT INTO model_field_sources (provider_id, model_id, field, source, value) "
                + "VALUES ('acme', ?, ?, ?, ?::jsonb)", modelId, field, source, value);
    }

    private List<String> sources() {
        return jdbc.queryForList("SELECT model_id || ':' || field || ':' || source || ':' || value::text "
                + "FROM model_field_sources WHERE provider_id = 'acme' ORDER BY model_id, field", String.class);
    }

    private List<String> deprecated() {
        return jdbc.queryForList("SELECT model_id FROM models WHERE provider_id = 'acme' AND deprecated ORDER BY model_id",
                String.class);
    }

    private Map<String, Object> diff(List<Map<String, Object>> listed, boolean complete) {
        Map<String, Object> params = new HashMap<>();
        params.put("variable.listing.providerId", "acme");
        params.put("variable.sync[id]", syncId);
        params.put("variable.listing.modelsJson", toJson(listed));
        params.put("variable.listing.complete", complete);
        params.put("properties:registry.discovery.churn-guard.max-deprecations", "10");
        params.put("properties:registry.discovery.churn-guard.max-share", "0.5");
        params.put("properties:registry.upstream.churn.max-new-models", "100");
        return sql.queryOne("sql/model-diff.sql", params);
    }

    private String newSync() {
        String id = UUID.randomUUID().toString();
        jdbc.update("UPDATE registry_sync_log SET status = 'completed' WHERE status = 'running'");
        jdbc.update("INSERT INTO registry_sync_log (id, sync_type, status) VALUES (?::uuid, 'full', 'running')", id);
        return id;
    }

    private static List<Map<String, Object>> models(String... ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            out.add(model(id));
        }
        return out;
    }

    private static Map<String, Object> model(String id) {
        Map<String, Object> m = new HashMap<>();
        m.put("model_id", id);
        m.put("display_name", "Acme " + id);
        m.put("context_window", 8192);
        m.put("discovered", Map.of("modelId", id));
        return m;
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
