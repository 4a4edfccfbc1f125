package io.radiant.registry.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event to publish to EventBridge, written to the outbox in the same transaction as the change it
 * reports. {@link #row} gives the named parameters of {@code sql/outbox-insert.sql}.
 */
public record OutboxEvent(String detailType, Map<String, Object> detail) {

    public Map<String, Object> row(String syncId, String detailJson) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("detailType", detailType);
        row.put("detail", detailJson);
        row.put("syncId", syncId);
        return row;
    }
}
