package io.radiant.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Runs one of our {@code sql/*.sql} statements, written for camel-sql ({@code :#name} parameters, a route variable
 * {@code :#${variable.name}} taken as the parameter {@code name}, and other {@code :#${expression}} ones that read
 * the exchange or the configuration), with Spring's named-parameter JDBC: for SQL-level tests of a statement
 * without starting Camel. A test gives such an expression's value under the expression's own text, e.g.
 * {@code "variable.sync[id]"} or {@code "properties:registry.health.window-minutes"}.
 */
public final class CamelSql {

    private static final Pattern PARAMETER = Pattern.compile(":#(?:(\\w+)|\\$\\{([^}]+)})");

    private final NamedParameterJdbcTemplate jdbc;

    public CamelSql(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public List<Map<String, Object>> query(String resource, Map<String, ?> params) {
        return jdbc.queryForList(statement(resource), named(params));
    }

    public Map<String, Object> queryOne(String resource, Map<String, ?> params) {
        return jdbc.queryForMap(statement(resource), named(params));
    }

    public int update(String resource, Map<String, ?> params) {
        return jdbc.update(statement(resource), named(params));
    }

    /** The parameter name that stands for {@code :#name} or {@code :#${expression}}. */
    static String name(String nameOrExpression) {
        return nameOrExpression.replaceAll("\\W", "_");
    }

    private static Map<String, Object> named(Map<String, ?> params) {
        Map<String, Object> named = new HashMap<>();
        params.forEach((key, value) -> named.put(name(key), value));
        return named;
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
            String code = camel.replaceAll("(?m)^\\s*--.*$", "").replaceAll(":#(\\w+|\\$\\{[^}]+})", "");
            if (code.indexOf('#') >= 0) {
                throw new IllegalStateException(resource + ": camel-sql reads the '#' in '"
                        + code.substring(Math.max(0, code.indexOf('#') - 20), Math.min(code.length(), code.indexOf('#') + 20)).strip()
                        + "' as a parameter; use ->> / jsonb_build_array(x)->>0 instead");
            }
            Matcher parameter = PARAMETER.matcher(camel);
            StringBuilder spring = new StringBuilder();
            while (parameter.find()) {
                String nameOrExpression = parameter.group(1) != null ? parameter.group(1) : parameter.group(2);
                parameter.appendReplacement(spring, Matcher.quoteReplacement(":" + name(nameOrExpression)));
            }
            return parameter.appendTail(spring).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
