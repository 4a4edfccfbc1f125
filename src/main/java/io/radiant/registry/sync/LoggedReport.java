package io.radiant.registry.sync;

/**
 * A completed sync's report as {@code registry_sync_log} and its RegistrySyncCompleted event keep it
 * ({@code sql/sync-complete.sql} reads these fields): the figures, the errors shortened and without secrets as a
 * JSON array, and the details as a JSON object.
 */
public record LoggedReport(int providersUpdated, int modelsAdded, int modelsUpdated, int modelsDeprecated,
                           String errorsJson, String detailsJson) {
}
