-- Enabled providers with what a provider call needs (never a key: api_key_env only names its variable).
SELECT id, discovery_kind, api_base_url, health_check_path, api_key_env,
       auth_header, auth_prefix, extra_headers::text AS extra_headers
FROM providers
WHERE enabled
ORDER BY id
