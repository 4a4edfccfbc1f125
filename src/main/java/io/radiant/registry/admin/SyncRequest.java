package io.radiant.registry.admin;

/**
 * The body of {@code POST /api/v2/admin/registry/sync}: {@code {"syncType": "full|health|thermal|pricing",
 * "dispatch": "local|lambda"}}, both optional (a full sync, run by this service, as the spec's default).
 */
public record SyncRequest(String syncType, String dispatch) {

    public String getSyncType() {
        return syncType;
    }

    public String getDispatch() {
        return dispatch;
    }
}
