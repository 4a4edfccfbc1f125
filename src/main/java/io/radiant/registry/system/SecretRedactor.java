package io.radiant.registry.system;

import io.radiant.registry.system.security.AdminTokenProperties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Removes secrets from text bound for logs, the sync log, events and error responses. Whoever reads a
 * secret (an API key, the admin token) calls {@link #remember}; on top of that, credential-looking
 * query parameters and Authorization values are masked even when their value was never seen.
 */
@Component
public class SecretRedactor {

    static final String MASK = "***";
    private static final int SHORTEST_SECRET = 6;
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)([?&;](?:api[_-]?key|key|token|access[_-]?token|secret|password|signature)=)[^&\\s\"']+");
    private static final Pattern AUTH_VALUE = Pattern.compile(
            "(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=:-]{6,}");
    private static final Pattern HEADER_SECRET = Pattern.compile(
            "(?i)((?:x-api-key|x-goog-api-key|api-key|authorization)\\s*[:=]\\s*)[^,;\\s\"'}]+");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    @Autowired
    public SecretRedactor(AdminTokenProperties adminToken) {
        this(adminToken.adminToken());
    }

    /** A redactor that knows one secret from the start (unit tests build it so). */
    public SecretRedactor(String adminToken) {
        remember(adminToken);
    }

    public void remember(String secret) {
        if (secret != null && secret.trim().length() >= SHORTEST_SECRET) {
            secrets.add(secret.trim());
        }
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        result = QUERY_SECRET.matcher(result).replaceAll("$1" + MASK);
        result = AUTH_VALUE.matcher(result).replaceAll("$1 " + MASK);
        result = HEADER_SECRET.matcher(result).replaceAll("$1" + MASK);
        return result;
    }
}
