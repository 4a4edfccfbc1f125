package io.radiant.registry.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.MigratedDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** V30: the thermal sync relies on one thermal row per self-hosted model, including models added later. */
class ThermalRowMigrationTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    @Test
    void everySeededModelHasItsThermalRow() {
        JdbcTemplate jdbc = db.jdbc();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM self_hosted_models sh "
                + "LEFT JOIN thermal_states ts ON ts.model_id = sh.model_id WHERE ts.model_id IS NULL", Integer.class)).isZero();
    }

    @Test
    void aModelAddedLaterGetsARowInItsDefaultState() {
        JdbcTemplate jdbc = db.jdbc();

        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, sagemaker_image, "
                + "instance_type, gpu_memory_gb, license, hourly_rate, default_thermal_state) VALUES "
                + "('tiny-test-model', 'tiny', 'Tiny', 'llm', 'chat', 'img', 'ml.g5.xlarge', 4, 'MIT', 1.0, 'OFF')");

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT current_state, target_state, is_transitioning FROM thermal_states WHERE model_id = 'tiny-test-model'");
        assertThat(row).containsEntry("current_state", "OFF").containsEntry("target_state", null)
                .containsEntry("is_transitioning", false);
    }
}
