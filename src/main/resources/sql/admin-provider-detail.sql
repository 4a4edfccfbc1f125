-- One provider as PATCH /admin/registry/providers/{id} answers it (and its ETag: version). The base URL and
-- the name of the key variable are shown, read-only; the key itself is never stored.
SELECT p.id, p.display_name, p.description, p.website_url, p.api_base_url, p.discovery_kind, p.api_key_env,
       p.compliance, p.enabled, p.version, p.created_at, p.updated_at,
       (SELECT count(*) FROM models m WHERE m.provider_id = p.id) AS model_count
FROM providers p
WHERE p.id = CAST(:#${variable.providerId} AS text)
