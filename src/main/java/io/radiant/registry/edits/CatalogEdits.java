package io.radiant.registry.edits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.radiant.registry.admin.RowJson;
import io.radiant.registry.api.ApiErrors;
import io.radiant.registry.api.ApiException;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.JsonRequestBody;
import io.radiant.registry.api.NotFoundException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admin edits of the catalog (DESIGN.md §4.6), called by name from {@code routes/admin-edits.camel.yaml}: checks a
 * request against {@link EditableFields} into what the one statement that applies it reads
 * ({@code sql/admin-edit-*.sql}, {@code sql/admin-create-model.sql}) and shapes the answers. The statements
 * check the version themselves; this class only reads the ETag the caller names and says 412 when the row had
 * moved on.
 */
public class CatalogEdits {

    static final int REASON_MIN = 3;
    static final int REASON_MAX = 500;
    static final int ACTOR_MAX = 100;
    static final Set<String> EDIT_MEMBERS = Set.of("changes", "reason");
    static final Set<String> CATEGORIES = new TreeSet<>(Set.of("llm", "vision_llm", "reasoning", "embedding",
            "image_generation", "video_generation", "audio_generation", "text_to_speech", "speech_to_text", "search",
            "3d_generation", "moderation"));
    // the quotes are optional: Camel's bean parameter binding may strip them from a header value
    private static final Pattern ETAG = Pattern.compile("\\s*\"?v(\\d{1,18})\"?\\s*");
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");
    private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/@+-]{0,149}");

    private final ObjectMapper json;
    private final RowJson rows;

    public CatalogEdits(ObjectMapper json) {
        this.json = json;
        this.rows = new RowJson(json);
    }

    /** The strong ETag of a row version. */
    public static String etag(Object version) {
        return "\"v" + version + "\"";
    }

    /** A PATCH request: {@code {version, changes, reason, actor}}, or 428 without If-Match, 400 for a bad body. */
    public Map<String, Object> edit(String body, String contentType, String ifMatch, String actor) {
        long version = version(ifMatch);
        String who = actor(actor);
        ObjectNode request = JsonRequestBody.object(body, contentType, false);
        onlyMembers(request, EDIT_MEMBERS);
        JsonNode changes = request.get("changes");
        if (changes == null || !changes.isObject()) {
            throw new InvalidRequestException("changes", "Field 'changes' must be an object {field: new value}.");
        }
        if (changes.isEmpty()) {
            throw new InvalidRequestException("changes", "Field 'changes' names no field to change.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", version);
        out.put("changes", changes);
        out.put("reason", reason(request));
        out.put("actor", who);
        return out;
    }

    /**
     * The changes of a PATCH checked against the editable fields of the model as it is now ({@code current}: the
     * detail), as the edit statement applies them: 400 naming a field that is unknown, read-only or not of this
     * hosting type, or a value out of its range.
     */
    public Changes modelChanges(Map<String, Object> request, Map<String, Object> current) {
        boolean external = "external".equals(String.valueOf(current.get("hostingType")));
        Map<String, EditableField> fields = byName(EditableFields.MODEL);
        ObjectNode patch = json.createObjectNode();
        ObjectNode names = json.createObjectNode();
        List<String> prices = new ArrayList<>();
        JsonNode changes = (JsonNode) request.get("changes");
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> change = it.next();
            String name = change.getKey();
            EditableField field = fields.get(name);
            if (field == null) {
                throw notEditable(name, EditableFields.MODEL_READ_ONLY, EditableFields.MODEL, external);
            }
            if (!field.appliesTo(external)) {
                throw new InvalidRequestException(name, "Field '" + name + "' is not a field of "
                        + (external ? "an external" : "a self-hosted") + " model (it applies to "
                        + (external ? "self-hosted" : "external") + " models only).");
            }
            patch.set(field.column(), field.check(change.getValue()));
            names.put(field.column(), name);
            if (EditableFields.PRICES.contains(field.column())) {
                prices.add(field.column());
            }
        }
        if (patch.has("successor_model_id") && !patch.get("successor_model_id").isNull()
                && patch.get("successor_model_id").asText().equals(String.valueOf(current.get("modelId")))) {
            throw new InvalidRequestException("successorModelId", "Field 'successorModelId' must name another model.");
        }
        return new Changes(write(patch), write(names), write(prices));
    }

    /** The changes of a PATCH of a provider, checked as {@link #modelChanges}; providers have no prices. */
    public Changes providerChanges(Map<String, Object> request) {
        Map<String, EditableField> fields = byName(EditableFields.PROVIDER);
        ObjectNode patch = json.createObjectNode();
        ObjectNode names = json.createObjectNode();
        JsonNode changes = (JsonNode) request.get("changes");
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> change = it.next();
            EditableField field = fields.get(change.getKey());
            if (field == null) {
                throw notEditable(change.getKey(), EditableFields.PROVIDER_READ_ONLY, EditableFields.PROVIDER, true);
            }
            patch.set(field.column(), field.check(change.getValue()));
            names.put(field.column(), field.name());
        }
        return new Changes(write(patch), write(names), "[]");
    }

    /**
     * Checked changes as the edit statements (sql/admin-edit-*.sql) read them: {@code patch} JSON {column: new
     * value}, {@code fields} JSON {column: API field name}, {@code prices} JSON array of the patched price columns.
     */
    public record Changes(String patch, String fields, String prices) { }

    /**
     * The answer after an edit statement: the fresh detail when it changed the row, else 412 with the current
     * version and values, so the caller sees the other change instead of overwriting it.
     */
    public Map<String, Object> edited(Map<String, Object> result, Map<String, Object> current) {
        if (result == null || result.isEmpty() || result.get("id") == null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("etag", current.get("etag"));
            details.put("current", current);
            throw new ApiException(412, "precondition_failed", "The If-Match ETag is not the current version "
                    + current.get("etag") + ": someone changed it meanwhile. Nothing was changed; the current "
                    + "version is in 'current'.", details);
        }
        return current;
    }

    /** The detail of a model plus what editing it needs: its ETag and the fields it may change. */
    public Map<String, Object> editable(Map<String, Object> detail) {
        boolean external = "external".equals(String.valueOf(detail.get("hostingType")));
        detail.put("etag", etag(detail.get("version")));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (EditableField f : EditableFields.MODEL) {
            if (f.appliesTo(external)) {
                fields.add(describe(f));
            }
        }
        detail.put("editableFields", fields);
        return detail;
    }

    /** A provider row as PATCH /providers/{id} answers it, with its ETag; 404 when there is none. */
    public Map<String, Object> provider(Map<String, Object> row, String id) {
        if (row == null || row.isEmpty()) {
            throw new NotFoundException("not_found", "No provider " + ApiErrors.printable(String.valueOf(id), 50) + ".");
        }
        Map<String, Object> out = rows.of(row);
        out.put("etag", etag(out.get("version")));
        out.put("editableFields", EditableFields.PROVIDER.stream().map(CatalogEdits::describe).toList());
        return out;
    }

    /** The provider the {@code id} path parameter names, checked (else 400). */
    public String providerId(String id) {
        String value = id == null ? "" : id.trim();
        if (!PROVIDER_ID.matcher(value).matches()) {
            throw new InvalidRequestException("id", "The provider id is 1 to 50 lower-case letters, digits, '_' or '-'.");
        }
        return value;
    }

    /**
     * A POST of a new model, checked: {@code row} JSON {models column: value}, {@code fields} JSON {column: API
     * field name}, {@code reason}, {@code actor}, {@code providerId}, {@code modelId}; sql/admin-create-model.sql
     * reads it from the variable request.
     */
    public Map<String, Object> creation(String body, String contentType, String actor) {
        String who = actor(actor);
        ObjectNode request = JsonRequestBody.object(body, contentType, false);
        Map<String, EditableField> fields = byName(EditableFields.MODEL);
        ObjectNode row = json.createObjectNode();
        ObjectNode names = json.createObjectNode();
        row.put("provider_id", required(request, "providerId", PROVIDER_ID,
                "1 to 50 lower-case letters, digits, '_' or '-'"));
        row.put("model_id", required(request, "modelId", MODEL_ID,
                "1 to 150 letters, digits or . _ : / @ + - (no spaces)"));
        String category = request.path("category").asText(null);
        if (!request.path("category").isTextual() || !CATEGORIES.contains(category)) {
            throw new InvalidRequestException("category", "Field 'category' is required, one of "
                    + String.join(", ", CATEGORIES) + ".");
        }
        row.put("category", category);
        names.put("category", "category");
        if (!request.hasNonNull("displayName")) {
            throw new InvalidRequestException("displayName", "Field 'displayName' is required.");
        }
        if (request.hasNonNull("litellmId")) {
            JsonNode litellm = request.get("litellmId");
            if (!litellm.isTextual() || litellm.asText().isBlank() || litellm.asText().length() > 200
                    || litellm.asText().chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
                throw new InvalidRequestException("litellmId", "Field 'litellmId' is 1 to 200 characters without spaces.");
            }
            row.put("litellm_id", litellm.asText());
            names.put("litellm_id", "litellmId");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = member.getKey();
            if (Set.of("providerId", "modelId", "category", "litellmId", "reason").contains(name)) {
                continue;
            }
            EditableField field = fields.get(name);
            if (field == null) {
                throw notEditable(name, Map.of(), EditableFields.MODEL, true);
            }
            if (!field.appliesTo(true)) {
                throw new InvalidRequestException(name, "Field '" + name + "' is not a field of an external model.");
            }
            row.set(field.column(), field.check(member.getValue()));
            names.put(field.column(), name);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("row", write(row));
        p.put("fields", write(names));
        p.put("reason", reason(request));
        p.put("actor", who);
        p.put("providerId", row.get("provider_id").asText());
        p.put("modelId", row.get("model_id").asText());
        return p;
    }

    /** The registry id of the created model, or 400 (unknown provider) / 409 (the provider has that model id). */
    public String created(Map<String, Object> result, Map<String, Object> request) {
        if (result != null && result.get("id") != null) {
            return String.valueOf(result.get("id"));
        }
        if (result == null || !Boolean.TRUE.equals(result.get("provider_known"))) {
            throw new InvalidRequestException("providerId", "No provider '" + request.get("providerId") + "'.");
        }
        throw new ApiException(409, "model_exists", "Provider " + request.get("providerId") + " already has a model '"
                + request.get("modelId") + "'; change it with PATCH /admin/registry/models/{id}.",
                Map.of("field", "modelId"));
    }

    /**
     * The audit entries GET /admin/registry/audit asks for, from its query parameters: since a time, of a model
     * or a provider (null: any), at most {@code limit} (100 when absent). sql/admin-audit.sql reads it from the
     * variable auditFilter.
     */
    public AuditFilter auditFilter(String since, String modelId, String providerId, String limit) {
        OffsetDateTime from = null;
        if (blankToNull(since) != null) {
            try {
                from = OffsetDateTime.parse(since.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("since", "Query parameter 'since' must be an ISO-8601 time with an "
                        + "offset, e.g. 2026-12-01T00:00:00Z.");
            }
        }
        int max = 100;
        if (blankToNull(limit) != null) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = 0;
            }
            if (max < 1 || max > 1000) {
                throw new InvalidRequestException("limit", "Query parameter 'limit' must be an integer from 1 to 1000.");
            }
        }
        return new AuditFilter(from, bounded("modelId", blankToNull(modelId), 150),
                bounded("providerId", blankToNull(providerId), 50), max);
    }

    /** Which audit entries a list shows; a null member does not filter. */
    public record AuditFilter(OffsetDateTime since, String modelId, String providerId, int limit) { }

    /** {@code {entries: [{at, kind, providerId, modelId, id, changes, reason, actor}]}}. */
    public Map<String, Object> audit(List<Map<String, Object>> result) {
        List<Map<String, Object>> entries = new ArrayList<>(result.size());
        for (Map<String, Object> row : result) {
            Map<String, Object> r = rows.of(row);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", r.get("at"));
            e.put("kind", r.get("kind"));
            e.put("providerId", r.get("providerId"));
            e.put("modelId", r.get("modelId"));
            e.put("id", r.get("registryId"));
            e.put("changes", r.get("changes"));
            e.put("reason", r.get("reason"));
            e.put("actor", r.get("actor"));
            entries.add(e);
        }
        return Map.of("entries", entries);
    }

    /** The X-Actor header: at most 100 printable characters, or null. */
    static String actor(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String actor = header.strip();
        if (actor.length() > ACTOR_MAX || actor.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("X-Actor", "Header 'X-Actor' is at most " + ACTOR_MAX
                    + " characters without control characters.");
        }
        return actor;
    }

    /** The version an If-Match names: 428 without one; a tag that is not ours matches no version (412). */
    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition_required", "Send If-Match with the ETag of the GET you edit "
                    + "from, so that a change made meanwhile is not overwritten.");
        }
        Matcher m = ETAG.matcher(ifMatch);
        return m.matches() ? Long.parseLong(m.group(1)) : -1L;
    }

    private static String reason(ObjectNode request) {
        JsonNode reason = request.get("reason");
        if (reason == null || reason.isNull()) {
            throw new InvalidRequestException("reason", "Field 'reason' is required: say why, in " + REASON_MIN
                    + " to " + REASON_MAX + " characters.");
        }
        if (!reason.isTextual()) {
            throw new InvalidRequestException("reason", "Field 'reason' must be a string.");
        }
        String text = reason.asText().strip();
        if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            throw new InvalidRequestException("reason", "Field 'reason' must be " + REASON_MIN + " to " + REASON_MAX
                    + " characters long (it is " + text.length() + ").");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidRequestException("reason", "Field 'reason' must not contain control characters.");
        }
        return text;
    }

    private static String required(ObjectNode request, String field, Pattern pattern, String rule) {
        JsonNode value = request.get(field);
        if (value == null || !value.isTextual() || !pattern.matcher(value.asText()).matches()) {
            throw new InvalidRequestException(field, "Field '" + field + "' is required: " + rule + ".");
        }
        return value.asText();
    }

    private static void onlyMembers(ObjectNode request, Set<String> allowed) {
        request.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                String shown = ApiErrors.printable(name, 60);
                throw new InvalidRequestException(shown, "Unknown member '" + shown + "': the body is {\"changes\": "
                        + "{field: value, ...}, \"reason\": \"...\"}.");
            }
        });
    }

    private static InvalidRequestException notEditable(String name, Map<String, String> readOnly,
                                                       List<EditableField> editable, boolean external) {
        String shown = ApiErrors.printable(name, 60);
        String owner = readOnly.get(name);
        if (owner != null) {
            return new InvalidRequestException(shown, "Field '" + shown + "' cannot be changed here: it is " + owner + ".");
        }
        List<String> names = editable.stream().filter(f -> f.appliesTo(external)).map(EditableField::name).toList();
        return new InvalidRequestException(shown, "Unknown field '" + shown + "'; the editable fields are: "
                + String.join(", ", names) + ".");
    }

    private static Map<String, EditableField> byName(List<EditableField> fields) {
        Map<String, EditableField> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.name(), f));
        return out;
    }

    private static Map<String, Object> describe(EditableField f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("field", f.name());
        d.put("column", f.column());
        d.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
        d.put("nullable", f.nullable());
        if (f.min() != null) {
            d.put("min", f.min());
            d.put("max", f.max());
        }
        if (!f.allowed().isEmpty()) {
            d.put("allowed", f.allowed());
        }
        return d;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String bounded(String field, String value, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRequestException(field, "Query parameter '" + field + "' is at most " + max + " characters.");
        }
        return value;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unwritable edit parameter", e);
        }
    }
}
