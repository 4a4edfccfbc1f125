package io.radiant.registry.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The REST contract, {@code openapi/registry-api.yaml} on the classpath, read once. The REST DSL is bound to
 * the same file (routes/rest-api.camel.yaml); the validating readers take their value sets, field lists and ranges
 * from here, so a value allowed by the API is written in one place only: the contract.
 */
public final class ApiContract {

    /** Where the contract lives on the classpath. */
    public static final String LOCATION = "openapi/registry-api.yaml";

    private static final ApiContract CONTRACT = load();

    private final ObjectNode document;

    private ApiContract(ObjectNode document) {
        this.document = document;
    }

    /** The contract of this build. */
    public static ApiContract get() {
        return CONTRACT;
    }

    /** The whole document (served as JSON at GET /api/v2/openapi.json); callers must not change it. */
    public ObjectNode document() {
        return document;
    }

    /** The values of an enum schema of components/schemas, in the contract's order. */
    public Set<String> values(String schema) {
        JsonNode values = schema(schema).path("enum");
        if (!values.isArray() || values.isEmpty()) {
            throw new IllegalStateException("Schema " + schema + " of " + LOCATION + " has no enum");
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(out));
    }

    /** The property names of an object schema of components/schemas, in the contract's order. */
    public Set<String> fields(String schema) {
        List<String> out = new ArrayList<>();
        schema(schema).path("properties").fieldNames().forEachRemaining(out::add);
        if (out.isEmpty()) {
            throw new IllegalStateException("Schema " + schema + " of " + LOCATION + " has no properties");
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(out));
    }

    /**
     * The names of the request parameters the contract reads from the query string and from request headers
     * ({@code in: query}, {@code in: header}), of every operation, as written in the contract.
     */
    public Set<String> requestParameters() {
        Set<String> names = new LinkedHashSet<>();
        document.path("paths").forEach(path -> {
            path.path("parameters").forEach(p -> addQueryOrHeader(p, names));
            path.fields().forEachRemaining(member -> member.getValue().path("parameters")
                    .forEach(p -> addQueryOrHeader(p, names)));
        });
        return Collections.unmodifiableSet(names);
    }

    private void addQueryOrHeader(JsonNode parameter, Set<String> names) {
        JsonNode p = parameter;
        if (p.has("$ref")) {
            String ref = p.get("$ref").asText();
            p = document.at(ref.substring(1));
            if (p.isMissingNode()) {
                throw new IllegalStateException("Unresolved parameter " + ref + " in " + LOCATION);
            }
        }
        String in = p.path("in").asText();
        if (in.equals("query") || in.equals("header")) {
            names.add(p.path("name").asText());
        }
    }

    /** The {@code minimum} of a property of an object schema. */
    public BigDecimal minimum(String schema, String property) {
        return bound(schema, property, "minimum");
    }

    /** The {@code maximum} of a property of an object schema. */
    public BigDecimal maximum(String schema, String property) {
        return bound(schema, property, "maximum");
    }

    /** {@link #minimum} of an integer property, as an int. */
    public int intMinimum(String schema, String property) {
        return minimum(schema, property).intValueExact();
    }

    /** {@link #maximum} of an integer property, as an int. */
    public int intMaximum(String schema, String property) {
        return maximum(schema, property).intValueExact();
    }

    private BigDecimal bound(String schema, String property, String keyword) {
        JsonNode value = schema(schema).path("properties").path(property).path(keyword);
        if (!value.isNumber()) {
            throw new IllegalStateException(schema + "." + property + " of " + LOCATION + " has no " + keyword);
        }
        return value.decimalValue();
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (!schema.isObject()) {
            throw new IllegalStateException("No schema " + name + " in " + LOCATION);
        }
        return schema;
    }

    private static ApiContract load() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath");
            }
            return new ApiContract((ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + LOCATION, e);
        }
    }
}
