package io.radiant.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Runs one of our {@code sql/*.sql} statements, written for camel-sql ({@code :#name} parameters, or a route
 * variable {@code :#${variable.name}} taken as the parameter {@code name}), with Spring's named-parameter JDBC: for SQL-level tests of a statement without starting Camel.
 */
public final class CamelSql {

    private final NamedParameterJdbcTemplate jdbc;

    public CamelSql(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public List<Map<String, Object>> query(String resource, Map<String, ?> params) {
        return jdbc.queryForList(statement(resource), params);
    }

    public Map<String, Object> queryOne(String resource, Map<String, ?> params) {
        return jdbc.queryForMap(statement(resource), params);
    }

    public int update(String resource, Map<String, ?> params) {
        return jdbc.update(statement(resource), params);
    }

    public static String statement(String resource) {
        try (InputStream in = CamelSql.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            String camel = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // a statement that reads a route variable (:#${variable.reviewId}) takes it here as a named parameter
            camel = camel.replaceAll(":#\\$\\{variable\\.(\\w+)}", ":#$1");
            // camel-sql takes every other '#' (jsonb's #>>, #-) for a parameter, which this template would not
            String code = camel.replaceAll("(?m)^\\s*--.*$", "").replaceAll(":#\\w+", "");
            if (code.indexOf('#') >= 0) {
                throw new IllegalStateException(resource + ": camel-sql reads the '#' in '"
                        + code.substring(Math.max(0, code.indexOf('#') - 20), Math.min(code.length(), code.indexOf('#') + 20)).strip()
                        + "' as a parameter; use ->> / jsonb_build_array(x)->>0 instead");
            }
            return camel.replaceAll(":#(\\w+)", ":$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
