package io.radiant.registry.selection;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the whole {@code selection_catalog} in one read-only REPEATABLE READ transaction, so every row and
 * the snapshot's time ({@code now()}, taken in the same transaction) belong to one consistent state.
 */
public class RegistrySnapshotLoader {

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
                rs.getInt("health_rank"));
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
