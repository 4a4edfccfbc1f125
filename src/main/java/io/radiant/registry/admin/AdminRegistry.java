package io.radiant.registry.admin;

import io.radiant.registry.api.ApiContract;
import io.radiant.registry.api.ApiErrors;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.api.JsonRequestBody;
import io.radiant.registry.api.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The admin API's logic, called by name from {@code routes/admin-registry-queries.camel.yaml} and
 * {@code routes/admin-sync-trigger.camel.yaml}: validating query parameters and bodies (400 naming the
 * parameter and its allowed values), and shaping the rows of the admin queries into the answers of
 * spec 36.7 with camelCase members.
 */
public class AdminRegistry {

    private static final ApiContract CONTRACT = ApiContract.get();
    public static final Set<String> HOSTING_TYPES = CONTRACT.values("HostingType");
    /** enabled/disabled as the spec; active = enabled and not deprecated; deprecated. */
    public static final Set<String> STATUSES = CONTRACT.values("ModelStatusFilter");
    public static final Set<String> SYNC_TYPES = CONTRACT.values("SyncType");
    public static final Set<String> DISPATCH = CONTRACT.values("SyncDispatch");
    private static final Set<String> SYNC_REQUEST_FIELDS = CONTRACT.fields("SyncRequest");

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9_]{1,50}");

    private final RowJson rowJson;

    public AdminRegistry(RowJson rowJson) {
        this.rowJson = rowJson;
    }

    /**
     * The models GET /admin/registry/models asks for, from its query parameters (each may be absent): a null
     * member does not filter. Without a status the enabled models; {@code disabled} the disabled ones;
     * {@code active} the enabled, not deprecated ones; {@code deprecated} the enabled, deprecated ones.
     * sql/admin-list-models.sql reads it from the variable modelFilter.
     */
    public ModelFilter modelFilter(Object category, Object hostingType, Object status) {
        String cat = single("category", category);
        String hosting = single("hostingType", hostingType);
        String state = single("status", status);
        if (cat != null && !CATEGORY.matcher(cat).matches()) {
            throw new InvalidRequestException("category", "Query parameter 'category' must be a catalog category "
                    + "such as llm, embedding or image_generation (lower-case letters, digits, '_').");
        }
        if (hosting != null && !HOSTING_TYPES.contains(hosting)) {
            throw new InvalidRequestException("hostingType", "Query parameter 'hostingType' must be one of: "
                    + String.join(", ", HOSTING_TYPES) + " (got '" + ApiErrors.printable(hosting, 40) + "').");
        }
        if (state != null && !STATUSES.contains(state)) {
            throw new InvalidRequestException("status", "Query parameter 'status' must be one of: "
                    + String.join(", ", STATUSES) + " (got '" + ApiErrors.printable(state, 40) + "').");
        }
        Boolean enabled = state == null || state.equals("deprecated") ? null : !state.equals("disabled");
        Boolean deprecated = state == null || state.equals("enabled") || state.equals("disabled")
                ? null : state.equals("deprecated");
        return new ModelFilter(cat, hosting, enabled, deprecated);
    }

    /** Which models a list shows; a null member does not filter ({@code enabled} null: the enabled ones). */
    public record ModelFilter(String category, String hostingType, Boolean enabled, Boolean deprecated) { }

    /** {@code {total, external, selfHosted, models}} (spec 36.7 listAllModels). */
    public Map<String, Object> modelList(List<Map<String, Object>> rows) {
        List<Map<String, Object>> models = rowJson.of(rows);
        long external = models.stream().filter(m -> "external".equals(m.get("hostingType"))).count();
        long selfHosted = models.stream().filter(m -> "self_hosted".equals(m.get("hostingType"))).count();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", models.size());
        body.put("external", external);
        body.put("selfHosted", selfHosted);
        body.put("models", models);
        return body;
    }

    /** The counts of spec 36.7 getRegistryStats, camelCase. */
    public Map<String, Object> stats(Map<String, Object> row) {
        return rowJson.of(row);
    }

    /** Sync log rows, newest first, with {@code syncId} for the row id. */
    public List<Map<String, Object>> syncRows(List<Map<String, Object>> rows) {
        return rows.stream().map(this::syncRow).toList();
    }

    /** The sync the syncId path parameter names, which must be a UUID (else 400). */
    public UUID syncId(Object syncId) {
        String raw = single("syncId", syncId);
        try {
            if (raw == null) {
                throw new IllegalArgumentException("missing");
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("syncId", "Path parameter 'syncId' must be a sync id (a UUID such as "
                    + "3f1c2d4e-0000-4000-8000-000000000000), got '" + ApiErrors.printable(String.valueOf(raw), 60) + "'.");
        }
    }

    /** The one row of that sync, or 404. */
    public Map<String, Object> syncById(List<Map<String, Object>> rows, UUID syncId) {
        if (rows.isEmpty()) {
            throw new NotFoundException("sync_not_found", "No sync with id " + syncId + ".");
        }
        return syncRow(rows.get(0));
    }

    /** The body of POST /sync; empty means a full sync run by this service (spec's default). */
    public SyncRequest syncRequest(String body, String contentType) {
        JsonFields fields = new JsonFields(JsonRequestBody.object(body, contentType, true))
                .onlyFields(SYNC_REQUEST_FIELDS);
        String syncType = fields.optionalString("syncType", SYNC_TYPES);
        String dispatch = fields.optionalString("dispatch", DISPATCH);
        return new SyncRequest(syncType == null ? "full" : syncType, dispatch);
    }

    private Map<String, Object> syncRow(Map<String, Object> row) {
        Map<String, Object> json = rowJson.of(row);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("syncId", json.remove("id"));
        out.putAll(json);
        return out;
    }

    /** A query or path parameter given once (a repeated one arrives as a list). */
    private static String single(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            throw new InvalidRequestException(name, "Parameter '" + name + "' may be given once (got " + values.size()
                    + " values).");
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
