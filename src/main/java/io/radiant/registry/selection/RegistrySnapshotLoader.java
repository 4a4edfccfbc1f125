package io.radiant.registry.selection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.pricing.PriceComponents;
import io.radiant.registry.pricing.PriceSheet;
import io.radiant.registry.pricing.PriceTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole {@code selection_catalog} in one read-only REPEATABLE READ transaction, so every row and
 * the snapshot's time ({@code now()}, taken in the same transaction) belong to one consistent state.
 */
public class RegistrySnapshotLoader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Price columns → the component names of the cost endpoint's lines and sources (DESIGN.md §4.5). */
    private static final Map<String, String> COMPONENT_OF_COLUMN = Map.of(
            "input_cost_per_1k", "input", "output_cost_per_1k", "output", "cost_per_request", "request",
            "cache_read_cost_per_1k", "cached_input", "cache_write_cost_per_1k", "cache_write",
            "cache_write_1h_cost_per_1k", "cache_write_1h", "reasoning_cost_per_1k", "reasoning",
            "batch_input_cost_per_1k", "batch_input", "batch_output_cost_per_1k", "batch_output",
            "price_tiers", "tiers");

    private final String query;

    public RegistrySnapshotLoader() {
        try (InputStream in = getClass().getResourceAsStream("/sql/selection-snapshot.sql")) {
            if (in == null) {
                throw new IllegalStateException("sql/selection-snapshot.sql is missing from the classpath");
            }
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RegistrySnapshot load(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            Instant asOf;
            try (ResultSet rs = st.executeQuery("SELECT now()")) {
                rs.next();
                asOf = rs.getObject(1, OffsetDateTime.class).toInstant();
            }
            List<CatalogModel> models = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(query)) {
                while (rs.next()) {
                    models.add(row(rs));
                }
            }
            connection.commit();
            return new RegistrySnapshot(asOf, models);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static CatalogModel row(ResultSet rs) throws SQLException {
        String providerName = rs.getString("provider_name");
        Date retirement = rs.getDate("retirement_date");
        Date deprecation = rs.getDate("deprecation_date");
        OffsetDateTime asOf = rs.getObject("prices_as_of", OffsetDateTime.class);
        return new CatalogModel(
                rs.getString("model_id"),
                rs.getString("display_name"),
                rs.getString("hosting_type"),
                rs.getString("provider_id"),
                providerName,
                providerName == null ? null : providerName.toLowerCase(Locale.ROOT),
                rs.getString("primary_mode"),
                rs.getString("thermal_state"),
                integer(rs, "warmup_time_seconds"),
                rs.getString("health_status"),
                rs.getString("litellm_id"),
                integer(rs, "avg_latency_ms"),
                rs.getObject("estimated_cost_per_request", BigDecimal.class),
                words(rs.getArray("capabilities")),
                words(rs.getArray("input_modalities")),
                words(rs.getArray("output_modalities")),
                integer(rs, "context_window"),
                rs.getBoolean("hipaa"),
                rs.getInt("min_tier"),
                rs.getBoolean("enabled"),
                rs.getBoolean("deprecated"),
                retirement == null ? null : retirement.toLocalDate(),
                rs.getInt("readiness_rank"),
                rs.getInt("health_rank"),
                deprecation == null ? null : deprecation.toLocalDate(),
                rs.getString("successor_model_id"),
                prices(rs),
                asOf == null ? null : asOf.toInstant().toString());
    }

    private static PriceSheet prices(ResultSet rs) throws SQLException {
        PriceComponents components = new PriceComponents(
                decimal(rs, "cache_read_cost_per_1k"), decimal(rs, "cache_write_cost_per_1k"),
                decimal(rs, "cache_write_1h_cost_per_1k"), decimal(rs, "reasoning_cost_per_1k"),
                decimal(rs, "batch_input_cost_per_1k"), decimal(rs, "batch_output_cost_per_1k"),
                tiers(rs.getString("price_tiers")));
        return new PriceSheet(rs.getString("pricing_type"), decimal(rs, "input_cost_per_1k"),
                decimal(rs, "output_cost_per_1k"), decimal(rs, "cost_per_request"), components,
                sources(rs.getString("price_sources")));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, BigDecimal.class);
    }

    private static List<PriceTier> tiers(String json) {
        if (json == null) {
            return List.of();
        }
        List<PriceTier> tiers = new ArrayList<>();
        for (JsonNode t : readTree(json)) {
            tiers.add(new PriceTier(t.path("aboveInputTokens").asLong(), rate(t, "input"), rate(t, "output"),
                    rate(t, "cacheRead")));
        }
        return tiers;
    }

    private static BigDecimal rate(JsonNode tier, String field) {
        JsonNode v = tier.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    /** model_field_sources of the price columns, keyed by the cost endpoint's component names. */
    private static Map<String, String> sources(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, String> sources = new HashMap<>();
        readTree(json).fields().forEachRemaining(e -> {
            String component = COMPONENT_OF_COLUMN.get(e.getKey());
            if (component != null) {
                sources.put(component, e.getValue().asText());
            }
        });
        return sources;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable price column of selection_catalog", e);
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Set<String> words(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (Object word : (Object[]) array.getArray()) {
            if (word != null) {
                words.add((String) word);
            }
        }
        return Set.copyOf(words);
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the caller reconnects
        }
    }
}
