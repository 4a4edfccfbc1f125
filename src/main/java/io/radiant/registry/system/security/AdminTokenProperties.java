package io.radiant.registry.system.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code registry.admin-token} (REGISTRY_ADMIN_TOKEN): the admin API's bearer token; empty refuses every call. */
@ConfigurationProperties("registry")
public record AdminTokenProperties(String adminToken) { }
