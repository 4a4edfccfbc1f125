package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.RegistryApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the service finds its database: the embedded default keeps its data; a bad URL fails plainly. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTest {

    @Test
    void theEmbeddedDefaultKeepsItsDataAcrossRestarts(@TempDir Path data, CapturedOutput output) {
        try (ConfigurableApplicationContext first = start(data)) {
            new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
                    .update("UPDATE providers SET display_name = 'Renamed before restart' WHERE id = 'openai'");
        }

        try (ConfigurableApplicationContext second = start(data)) {
            String name = new JdbcTemplate(second.getBean(javax.sql.DataSource.class))
                    .queryForObject("SELECT display_name FROM providers WHERE id = 'openai'", String.class);
            assertThat(name).isEqualTo("Renamed before restart");
        }
        assertThat(output.getOut()).contains("Database: embedded PostgreSQL, data in " + data.toAbsolutePath());
    }

    @Test
    void anUnreachableDatabaseUrlFailsWithOnePlainParagraphNamingHostPortAndTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> run("--database.url=jdbc:postgresql://127.0.0.1:1/registry",
                "--database.password=hunter2-secret")).hasRootCauseInstanceOf(java.net.ConnectException.class);

        String out = output.getOut() + output.getErr();
        assertThat(out).contains("APPLICATION FAILED TO START")
                .contains("Cannot connect to PostgreSQL at 127.0.0.1:1 (database registry)")
                .contains("DATABASE_URL")
                .doesNotContain("hunter2-secret");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresSaysSo(CapturedOutput output) {
        assertThatThrownBy(() -> run("--database.url=mysql://localhost/registry")).hasRootCauseInstanceOf(IllegalArgumentException.class);

        assertThat(output.getOut() + output.getErr()).contains("DATABASE_URL is not a PostgreSQL URL");
    }

    private static ConfigurableApplicationContext start(Path data) {
        return run("--database.url=", "--registry.database.embedded-data-dir=" + data);
    }

    /** Command-line arguments outrank every configuration file, as they do for an operator. */
    private static ConfigurableApplicationContext run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--server.port=0";
        return new SpringApplicationBuilder(RegistryApplication.class).run(all);
    }
}
