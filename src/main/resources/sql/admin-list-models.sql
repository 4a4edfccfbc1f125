-- GET /api/v2/admin/registry/models: the registry view, filtered (each filter NULL = not applied).
SELECT *
FROM unified_model_registry u
WHERE (CAST(:#category AS VARCHAR) IS NULL OR u.category = CAST(:#category AS VARCHAR))
  AND (CAST(:#hostingType AS VARCHAR) IS NULL OR u.hosting_type = CAST(:#hostingType AS VARCHAR))
  AND (CAST(:#enabled AS BOOLEAN) IS NULL OR u.enabled = CAST(:#enabled AS BOOLEAN))
  AND (CAST(:#deprecated AS BOOLEAN) IS NULL OR u.deprecated = CAST(:#deprecated AS BOOLEAN))
ORDER BY u.hosting_type, u.category, u.display_name
