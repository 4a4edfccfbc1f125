package io.radiant.registry.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service-wide keys directly under {@code registry.} that Java reads (the feature blocks below it have
 * records of their own in their packages).
 *
 * @param adminToken REGISTRY_ADMIN_TOKEN, the admin API's bearer token (system/security); the redactor keeps it out
 *                   of every text
 */
@ConfigurationProperties("registry")
public record RegistryProperties(String adminToken) {

    /** Never the token itself: a record would print it. */
    @Override
    public String toString() {
        return "RegistryProperties[adminToken=" + (adminToken == null || adminToken.isEmpty() ? "" : "***") + "]";
    }
}
