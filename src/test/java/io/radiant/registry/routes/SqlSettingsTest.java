package io.radiant.registry.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The statements read their settings themselves ({@code :#${properties:registry.…}}), so a setting no Java record
 * binds any more: each one they read must be in config/application.yaml, or the statement would fail at its first
 * run instead of at start.
 */
class SqlSettingsTest {

    private static final Path SQL = Path.of("src/main/resources/sql");
    private static final Pattern SETTING = Pattern.compile(":#\\$\\{properties:([\\w.-]+)(:[^}]*)?}");

    private static Properties configuration;

    @BeforeAll
    static void loadConfiguration() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("config/application.yaml"));
        configuration = yaml.getObject();
    }

    static Stream<Path> statements() throws IOException {
        try (Stream<Path> files = Files.list(SQL)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void everySettingAStatementReadsIsConfigured(Path statement) throws IOException {
        for (String key : settings(statement)) {
            assertThat(configuration.getProperty(key)).as(statement.getFileName() + " reads " + key).isNotBlank();
        }
    }

    @Test
    void theDiffIsGivenTheListingTheSyncAndTheChurnGuardOfTheConfiguration() throws IOException {
        Path diff = SQL.resolve("model-diff.sql");

        assertThat(settings(diff)).contains("registry.discovery.churn-guard.max-deprecations",
                "registry.discovery.churn-guard.max-share", "registry.upstream.churn.max-new-models");
        assertThat(Files.readString(diff)).contains(":#${variable.listing.providerId}", ":#${variable.listing.modelsJson}",
                ":#${variable.listing.complete}", ":#${variable.sync[id]}");
    }

    private static List<String> settings(Path statement) throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher setting = SETTING.matcher(Files.readString(statement));
        while (setting.find()) {
            keys.add(setting.group(1));
        }
        return keys;
    }
}
