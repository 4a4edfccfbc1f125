package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks event details against their documented schemas in docs/events/ (JSON Schema 2020-12). Shapes the events
 * share with the REST API (the sync summary, sync types, thermal and health states) are defined once, in the REST
 * contract, and the event schemas refer to it: their {@code $id}s live under https://radiant.example/registry/,
 * which is mapped to this repository, so {@code ../../src/main/resources/openapi/registry-api.yaml#/…} is read from
 * the working tree — nothing is fetched from the network.
 */
public final class EventSchemas {

    private static final String ROOT = Path.of("").toAbsolutePath().toUri().toString();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://radiant.example/", ROOT)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() { }

    public static void assertValid(String detailType, String detail) {
        Path schemaFile = Path.of("docs", "events", detailType + ".schema.json");
        assertThat(schemaFile).as("documented schema of " + detailType).exists();
        JsonSchema schema = SCHEMAS.computeIfAbsent(detailType,
                t -> FACTORY.getSchema(SchemaLocation.of(schemaFile.toAbsolutePath().toUri().toString()), CONFIG));
        Set<ValidationMessage> errors = schema.validate(detail, InputFormat.JSON);
        assertThat(errors).as(detailType + " detail " + detail + " against " + schemaFile).isEmpty();
    }

    /** Every outbox row of the given types is valid against its schema; returns how many were checked. */
    public static int assertOutboxValid(JdbcTemplate jdbc, String... detailTypes) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT detail_type, detail::text AS detail FROM event_outbox WHERE detail_type = ANY(?)", (Object) detailTypes);
        rows.forEach(r -> assertValid((String) r.get("detail_type"), (String) r.get("detail")));
        return rows.size();
    }
}
