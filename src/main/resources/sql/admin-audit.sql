-- GET /api/v2/admin/registry/audit: admin changes and review decisions, newest first. Each filter NULL = not
-- applied; modelId matches the provider's model id or the registry id. The filters are the checked query
-- parameters, variable auditFilter (edits/CatalogEdits.auditFilter).
SELECT a.id, a.at, a.kind, a.provider_id, a.model_id, a.registry_id, a.changes, a.reason, a.actor
FROM registry_audit a
WHERE (CAST(:#${variable.auditFilter.since} AS timestamptz) IS NULL OR a.at >= CAST(:#${variable.auditFilter.since} AS timestamptz))
  AND (CAST(:#${variable.auditFilter.providerId} AS text) IS NULL OR a.provider_id = CAST(:#${variable.auditFilter.providerId} AS text))
  AND (CAST(:#${variable.auditFilter.modelId} AS text) IS NULL OR a.model_id = CAST(:#${variable.auditFilter.modelId} AS text)
       OR a.registry_id = CAST(:#${variable.auditFilter.modelId} AS text))
ORDER BY a.at DESC, a.id DESC
LIMIT CAST(:#${variable.auditFilter.limit} AS integer)
