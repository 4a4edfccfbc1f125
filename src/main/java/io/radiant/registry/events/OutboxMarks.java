package io.radiant.registry.events;

/**
 * What one PutEvents call came to, as {@code sql/outbox-mark.sql} records it.
 *
 * @param publishedJson  ids of the rows EventBridge accepted, a JSON array
 * @param failedJson     the rows to retry, a JSON array of {id, error, permanent}: permanent when EventBridge refused
 *                       the entry itself (not throttling or its own failure), so that it may become dead
 * @param publishedCount how many were accepted
 * @param failedCount    how many are retried
 */
public record OutboxMarks(String publishedJson, String failedJson, int publishedCount, int failedCount) {
}
