-- GET /api/v2/admin/registry/audit: admin changes and review decisions, newest first. Each filter NULL = not
-- applied; modelId matches the provider's model id or the registry id.
SELECT a.id, a.at, a.kind, a.provider_id, a.model_id, a.registry_id, a.changes, a.reason, a.actor
FROM registry_audit a
WHERE (CAST(:#since AS timestamptz) IS NULL OR a.at >= CAST(:#since AS timestamptz))
  AND (CAST(:#providerId AS text) IS NULL OR a.provider_id = CAST(:#providerId AS text))
  AND (CAST(:#modelId AS text) IS NULL OR a.model_id = CAST(:#modelId AS text)
       OR a.registry_id = CAST(:#modelId AS text))
ORDER BY a.at DESC, a.id DESC
LIMIT CAST(:#limit AS integer)
