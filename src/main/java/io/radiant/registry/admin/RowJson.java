package io.radiant.registry.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PGobject;

/**
 * A database row as the API shows it: snake_case columns become camelCase members (the seed's
 * TypeScript style), PostgreSQL arrays become lists, json/jsonb becomes JSON, timestamps ISO-8601 UTC.
 */
public final class RowJson {

    private final ObjectMapper json;

    public RowJson(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, Object> of(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(camelCase(column), value(value)));
        return out;
    }

    public List<Map<String, Object>> of(List<Map<String, Object>> rows) {
        return rows.stream().map(this::of).toList();
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    Object value(Object value) {
        if (value instanceof Array array) {
            try {
                Object items = array.getArray();
                return items instanceof Object[] objects ? Arrays.stream(objects).map(this::value).toList() : items;
            } catch (SQLException e) {
                throw new IllegalStateException("Unreadable array column", e);
            }
        }
        if (value instanceof PGobject pg && pg.getType() != null && pg.getType().startsWith("json")) {
            try {
                return pg.getValue() == null ? null : json.readTree(pg.getValue());
            } catch (JsonProcessingException e) {
                return pg.getValue();
            }
        }
        if (value instanceof PGobject pg) {
            return pg.getValue();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC).toString();
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        return value;
    }
}
