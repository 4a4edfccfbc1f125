package io.radiant.registry.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured admin token, held only as its SHA-256 digest. Comparing digests with
 * {@link MessageDigest#isEqual} takes the same time whatever the presented token is, including its
 * length, so timing tells an attacker nothing about the token.
 */
public final class AdminToken {

    private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] digest;

    public AdminToken(String configured) {
        this.digest = configured == null || configured.isBlank() ? null : sha256(configured);
        if (digest == null) {
            LOG.warn("REGISTRY_ADMIN_TOKEN is not set: every call to /api/v2/admin/** will be refused with 401");
        }
    }

    public boolean isConfigured() {
        return digest != null;
    }

    /** True only when a token is configured and {@code presented} is exactly it. */
    public boolean matches(String presented) {
        return digest != null && presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
