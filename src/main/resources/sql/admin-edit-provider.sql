-- PATCH /api/v2/admin/registry/providers/{id}, in ONE statement, version-checked under a row lock like a model
-- edit. Only enabled, compliance and display_name may change (the base URL and the key variable are not
-- editable over HTTP). The providers trigger of V30 notifies selection at commit.
-- Reads the variables current[id], request[version], changes.patch {column: value}, changes.fields
-- {column: API field}, request[reason], request[actor] (routes/admin-edits.camel.yaml).
WITH target AS (
    SELECT p.*
    FROM providers p
    WHERE p.id = CAST(:#${variable.current[id]} AS text) AND p.version = CAST(:#${variable.request[version]} AS bigint)
    FOR UPDATE
),
updated AS (
    UPDATE providers p SET
        (enabled, compliance, display_name)
            = (SELECT r.enabled, r.compliance, r.display_name
               FROM jsonb_populate_record(p, CAST(:#${variable.changes.patch} AS jsonb)) AS r)
    FROM target t
    WHERE p.id = t.id
    RETURNING p.*
),
changes AS (
    SELECT jsonb_build_array(f.value)->>0 AS field, to_jsonb(t) -> f.key AS old_value, to_jsonb(u) -> f.key AS new_value
    FROM jsonb_each(CAST(:#${variable.changes.fields} AS jsonb)) AS f
    CROSS JOIN target t
    CROSS JOIN updated u
    WHERE (to_jsonb(t) -> f.key) IS DISTINCT FROM (to_jsonb(u) -> f.key)
),
edit AS (
    SELECT u.id, u.version, now() AS changed_at,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('field', c.field, 'oldValue', c.old_value,
                                                         'newValue', c.new_value) ORDER BY c.field)
                     FROM changes c), '[]'::jsonb) AS changes
    FROM updated u
),
audited AS (
    INSERT INTO registry_audit (at, kind, provider_id, changes, reason, actor)
    SELECT e.changed_at, 'edit', e.id, e.changes, CAST(:#${variable.request[reason]} AS text), CAST(:#${variable.request[actor]} AS text)
    FROM edit e
    WHERE jsonb_array_length(e.changes) > 0
    RETURNING 1
),
events AS (
    INSERT INTO event_outbox (detail_type, detail)
    SELECT 'ProviderUpdatedByAdmin',
           jsonb_build_object('providerId', e.id, 'changes', e.changes,
                              'reason', CAST(:#${variable.request[reason]} AS text), 'actor', CAST(:#${variable.request[actor]} AS text),
                              'changedAt', to_char(e.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    FROM edit e
    WHERE jsonb_array_length(e.changes) > 0
    RETURNING 1
)
SELECT e.id, e.version, jsonb_array_length(e.changes) AS changed,
       (SELECT count(*) FROM audited) + (SELECT count(*) FROM events) AS written
FROM edit e
