package io.radiant.registry.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location as given in {@code DATABASE_URL}: either a JDBC URL
 * ({@code jdbc:postgresql://host:port/db?…}) or the libpq form that Node and
 * Heroku-style platforms use ({@code postgres://user:pass@host:port/db}).
 * Credentials found in the URL are split out so the URL itself can be logged.
 */
public record DatabaseUrl(String jdbcUrl, String host, int port, String database, String user, String password) {

    private static final int DEFAULT_PORT = 5432;

    public static DatabaseUrl parse(String raw, String user, String password) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL is empty");
        }
        String value = raw.trim();
        String rest;
        if (value.startsWith("jdbc:postgresql://")) {
            rest = value.substring("jdbc:postgresql://".length());
        } else if (value.startsWith("postgresql://")) {
            rest = value.substring("postgresql://".length());
        } else if (value.startsWith("postgres://")) {
            rest = value.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with jdbc:postgresql://, postgresql:// or postgres://");
        }
        URI uri = URI.create("pg://" + rest);
        String urlUser = null;
        String urlPassword = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            urlUser = decode(parts[0]);
            urlPassword = parts.length > 1 ? decode(parts[1]) : null;
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL names no host");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            database = "postgres";
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
        return new DatabaseUrl(jdbcUrl, uri.getHost(), port, database,
                firstNonBlank(user, urlUser), firstNonBlank(password, urlPassword));
    }

    /** Where the database is, without credentials: safe to log. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
