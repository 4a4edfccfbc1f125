package io.radiant.registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one check of every answer against the REST contract (openapi/registry-api.yaml, the file the service is
 * bound to and serves): the request's method and path select the contract's operation, the answer's status must
 * be one that operation declares, and its body must be valid against the schema declared for that status
 * (JSON Schema 2020-12, OpenAPI 3.1 dialect, formats asserted). A path under /api/v2 that is no operation of the
 * contract (a typo, a refused spelling, a wrong method) must answer with an error status and the Error body.
 * Paths outside /api/v2 (actuator, the console's page) are not the contract's and are not checked.
 * Called by {@link Http} for every answer, so every black-box test that uses it is covered.
 */
public final class ContractAssert {

    private static final String LOCATION = "openapi/registry-api.yaml";
    private static final String BASE = "/api/v2";
    private static final JsonNode CONTRACT = load();
    private static final List<Template> TEMPLATES = templates();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static {
        // every schema of every answer is compiled once, here, by whoever touches the class first (Http's
        // constructor), so no call measured by a test — a probe racing a sync — pays for it
        CONTRACT.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                    JsonNode response = op.getValue().path("responses").path(status);
                    String pointer = response.has("$ref") ? response.get("$ref").asText()
                            : "#/paths/" + escape(path.getKey()) + "/" + op.getKey() + "/responses/" + status;
                    if (!at(pointer).path("content").path("application/json").path("schema").isMissingNode()) {
                        schema(pointer + "/content/application~1json/schema");
                    }
                });
            }
        }));
        schema("#/components/schemas/Error");
    }

    private ContractAssert() { }

    /** Loads the contract and compiles its schemas, if that has not happened yet. */
    public static void ready() {
        // class initialisation does the work
    }

    /** A path template of the contract, as a pattern over the request path after /api/v2. */
    private record Template(String path, Pattern pattern, int parameters) { }

    /**
     * Fails unless the answer is one the contract allows for this request.
     *
     * @param method the request's HTTP method
     * @param uri    the request's URI (its decoded path is matched, as the router matches it)
     * @param status the answer's status
     * @param body   the answer's body (may be empty)
     */
    public static void assertAnswer(String method, URI uri, int status, String body) {
        String path = uri.getPath();
        if (path == null || !(path.equals(BASE) || path.startsWith(BASE + "/"))) {
            return;
        }
        String rest = path.substring(BASE.length());
        String where = method + " " + uri.getRawPath() + " → " + status;
        Template template = match(rest);
        JsonNode operation = template == null ? null : CONTRACT.path("paths").path(template.path())
                .path(method.toLowerCase(Locale.ROOT));
        if (operation == null || !operation.isObject()) {
            if (status < 400) {
                throw new AssertionError(where + ": no operation of the contract, yet a success answer: " + body);
            }
            check(where, "#/components/schemas/Error", body);
            return;
        }
        String operationId = operation.path("operationId").asText();
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            throw new AssertionError(where + ": status " + status + " is not declared for operation " + operationId
                    + " (declared: " + names(operation.path("responses")) + "); body: " + body);
        }
        String pointer = "#/paths/" + escape(template.path()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText();
            response = at(pointer);
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            if (body != null && !body.isEmpty() && !"HEAD".equalsIgnoreCase(method)) {
                throw new AssertionError(where + ": the contract declares no body for operation " + operationId
                        + ", yet the answer has one: " + body);
            }
            return;
        }
        if ("HEAD".equalsIgnoreCase(method)) {
            return;
        }
        check(where + " (" + operationId + ")", pointer + "/content/application~1json/schema", body);
    }

    /** Fails unless {@code body} is valid against the schema at {@code pointer} (a fragment of the contract). */
    public static void check(String where, String pointer, String body) {
        if (body == null || body.isBlank()) {
            throw new AssertionError(where + ": empty body, the contract declares " + pointer);
        }
        Set<ValidationMessage> errors = schema(pointer).validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            errors.forEach(e -> lines.add(e.getMessage()));
            throw new AssertionError(where + ": the answer does not match the contract (" + pointer + "):\n  "
                    + String.join("\n  ", lines) + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
    }

    private static JsonSchema schema(String pointer) {
        return SCHEMAS.computeIfAbsent(pointer, p -> FACTORY.getSchema(SchemaLocation.of("classpath:" + LOCATION + p), CONFIG));
    }

    /** The contract's path templates, literal segments before parameters (as the router prefers them). */
    private static List<Template> templates() {
        List<Template> out = new ArrayList<>();
        CONTRACT.path("paths").fieldNames().forEachRemaining(path -> {
            String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            out.add(new Template(path, Pattern.compile(regex), path.split("\\{", -1).length - 1));
        });
        out.sort((a, b) -> Integer.compare(a.parameters(), b.parameters()));
        return out;
    }

    private static Template match(String path) {
        for (Template t : TEMPLATES) {
            if (t.pattern().matcher(path).matches()) {
                return t;
            }
        }
        return null;
    }

    private static JsonNode at(String pointer) {
        return CONTRACT.at(pointer.substring(1));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!METHODS.contains(name)) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private static JsonNode load() {
        try (InputStream in = ContractAssert.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract as the tests read it. */
    public static JsonNode contract() {
        return CONTRACT;
    }
}
