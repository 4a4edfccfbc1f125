package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks event details against their documented schemas in docs/events/ (JSON Schema 2020-12, validated
 * with the validator WireMock ships for its matchesJsonSchema matcher).
 */
public final class EventSchemas {

    private EventSchemas() { }

    public static void assertValid(String detailType, String detail) {
        Path schemaFile = Path.of("docs", "events", detailType + ".schema.json");
        assertThat(schemaFile).as("documented schema of " + detailType).exists();
        String schema;
        try {
            schema = Files.readString(schemaFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringValuePattern pattern = WireMock.matchingJsonSchema(schema, WireMock.JsonSchemaVersion.V202012);
        assertThat(pattern.match(detail).isExactMatch()).as(detailType + " detail " + detail + " against " + schemaFile).isTrue();
    }

    /** Every outbox row of the given types is valid against its schema; returns how many were checked. */
    public static int assertOutboxValid(JdbcTemplate jdbc, String... detailTypes) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT detail_type, detail::text AS detail FROM event_outbox WHERE detail_type = ANY(?)", (Object) detailTypes);
        rows.forEach(r -> assertValid((String) r.get("detail_type"), (String) r.get("detail")));
        return rows.size();
    }
}
