package io.radiant.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.MigratedDatabase;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations on an empty PostgreSQL, and the spec's verification queries (36.8) on the result. */
class SchemaMigrationTest {

    @RegisterExtension
    static MigratedDatabase db = MigratedDatabase.runningTheMigrations();

    @Test
    void migratingAgainIsANoOp() {
        int applied = db.flyway().info().applied().length;

        MigrateResult again = db.flyway().migrate();

        assertThat(again.migrationsExecuted).isZero();
        assertThat(db.flyway().info().applied()).hasSize(applied);
        assertThat(db.flyway().validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void verificationQuery_fiftySixSelfHostedModels() {
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM self_hosted_models", Integer.class)).isEqualTo(56);
    }

    @Test
    void verificationQuery_theViewHoldsBothHostingTypes() {
        List<Map<String, Object>> rows = db.jdbc().queryForList(
                "SELECT COUNT(*) AS n, hosting_type FROM unified_model_registry GROUP BY hosting_type ORDER BY hosting_type");

        assertThat(rows).extracting(r -> r.get("hosting_type")).containsExactly("external", "self_hosted");
        assertThat(((Number) rows.get(1).get("n")).intValue()).isEqualTo(56);
        assertThat(((Number) rows.get(0).get("n")).intValue()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void verificationQuery_selectModelReturnsRowsForTheSpecsCall() {
        List<Map<String, Object>> rows = db.jdbc().queryForList(
                "SELECT * FROM select_model('chat', ARRAY['text'], ARRAY['text'], 3, 'any', '{}', NULL, false)");

        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(rows.get(0).keySet()).containsExactly("model_id", "display_name", "hosting_type", "provider_name",
                "primary_mode", "thermal_state", "warmup_required", "warmup_time_seconds", "health_status");
    }

    @Test
    void verificationQueries_healthAndSyncLogAreQueryable() {
        JdbcTemplate jdbc = db.jdbc();
        assertThat(jdbc.queryForList("SELECT provider_id, status, avg_latency_ms FROM provider_health")).isEmpty();
        assertThat(jdbc.queryForList("SELECT sync_type, status, providers_updated, models_added "
                + "FROM registry_sync_log ORDER BY started_at DESC LIMIT 5")).isEmpty();
    }

    @Test
    void theTablesARealRegistryNeedsExist() {
        List<String> tables = db.jdbc().queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", String.class);

        assertThat(tables).contains("providers", "models", "thermal_states", "self_hosted_models", "provider_health",
                "provider_health_samples", "registry_sync_log", "model_review_queue", "event_outbox",
                "model_price_history");
    }

    @Test
    void noObjectRefersToWhatTheSchemaDoesNotDefine() {
        // the spec refers to an index on models.is_self_hosted and a materialized view unified_model_stats, which it never defines
        assertThat(db.jdbc().queryForObject(
                "SELECT COUNT(*) FROM pg_matviews WHERE matviewname = 'unified_model_stats'", Integer.class)).isZero();
        assertThat(db.jdbc().queryForObject(
                "SELECT COUNT(*) FROM pg_indexes WHERE indexdef LIKE '%is_self_hosted%'", Integer.class)).isZero();
    }
}
