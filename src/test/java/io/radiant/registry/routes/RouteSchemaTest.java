package io.radiant.registry.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route document validates against the Camel YAML DSL schema of the Camel on the classpath (the one in
 * the camel-yaml-dsl jar, which Kaoto and the YAML language server use), so the files open without errors in
 * the tools integration engineers edit them with. Every route, route template and templated route also says
 * what it does in a {@code description:}, and so does every route configuration.
 */
class RouteSchemaTest {

    private static final Path ROUTES = Path.of("src/main/resources/routes");

    /** Documents that cannot be written valid, with the reason. Empty: every document is valid. */
    private static final Map<String, String> ALLOWED_INVALID = Map.of();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = RouteSchemaTest.class.getClassLoader().getResourceAsStream("schema/camelYamlDsl.json")) {
            assertThat(in).as("schema/camelYamlDsl.json of camel-yaml-dsl on the classpath").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    static Stream<Path> routeDocuments() throws IOException {
        try (Stream<Path> files = Files.walk(ROUTES)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).as("route documents under " + ROUTES).hasSizeGreaterThan(20);
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeDocuments")
    void isNamedAsCamelToolingAndTheIncludePatternExpect(Path document) {
        // camel.main.routes-include-pattern loads *.camel.yaml only: a route file named otherwise would be skipped
        assertThat(document.getFileName().toString()).endsWith(".camel.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeDocuments")
    void validatesAgainstTheCamelYamlDslSchema(Path document) throws IOException {
        String name = ROUTES.relativize(document).toString();
        Set<ValidationMessage> errors = schema.validate(YAML.readTree(document.toFile()));
        if (ALLOWED_INVALID.containsKey(name)) {
            assertThat(errors).as(name + " is allowed to be invalid (" + ALLOWED_INVALID.get(name)
                    + "); it is valid now, so take it off the allow-list").isNotEmpty();
        } else {
            assertThat(errors).as(name + " against camelYamlDsl.json").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeDocuments")
    void everyRouteSaysWhatItDoes(Path document) throws IOException {
        JsonNode root = YAML.readTree(document.toFile());
        for (JsonNode entry : root) {
            // a templated route has no description of its own in the schema: its template's says what it does
            for (String kind : List.of("route", "routeTemplate", "routeConfiguration")) {
                JsonNode definition = entry.get(kind);
                if (definition != null) {
                    String id = definition.path("id").asText();
                    assertThat(definition.path("description").asText(""))
                            .as(ROUTES.relativize(document) + ": " + kind + " " + id + " has a description")
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void theSchemaRejectsWhatItShould() throws IOException {
        JsonNode invalid = YAML.readTree("- route:\n    id: x\n    from:\n      uri: direct:x\n      steps:\n"
                + "        - setHeader:\n            name: CamelHttpResponseCode\n            constant: 202\n");
        assertThat(schema.validate(invalid)).as("a number where the schema wants a string").isNotEmpty();
    }
}
