package io.radiant.registry.system.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code registry.admin-token} (REGISTRY_ADMIN_TOKEN): the admin API's bearer token; empty refuses every call. */
@ConfigurationProperties("registry")
public record AdminTokenProperties(String adminToken) {

    /** Never the token itself: a record would print it. */
    @Override
    public String toString() {
        return "AdminTokenProperties[adminToken=" + (adminToken == null || adminToken.isEmpty() ? "" : "***") + "]";
    }
}
