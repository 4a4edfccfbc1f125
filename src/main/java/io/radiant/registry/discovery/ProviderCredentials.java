package io.radiant.registry.discovery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves a provider's API key from the environment variable its row names ({@code providers.api_key_env})
 * and turns it into that provider kind's request headers. Keys are looked up through Spring's
 * {@link Environment}, so OS variables work in production and tests can set them as properties.
 *
 * <p>Keys only ever travel in request headers, never in URLs. Every key handed out is remembered so that
 * {@link #scrub(String)} can remove it from any text (an exception message, a provider's error body)
 * before that text reaches a log, the sync log or an event.
 */
@Component("providerCredentials")
public class ProviderCredentials {

    /** An environment variable's shape; rules out Spring property names such as {@code database.password}. */
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]{1,99}");
    /** Secrets of the service itself, never sent to a provider whatever a provider row says. */
    private static final Set<String> RESERVED_PREFIXES = Set.of("DATABASE_", "AWS_", "REGISTRY_", "SPRING_");

    static final String REDACTED = "[REDACTED]";

    private final Environment environment;
    private final Set<String> handedOut = ConcurrentHashMap.newKeySet();

    public ProviderCredentials(Environment environment) {
        this.environment = environment;
    }

    /** The key held by the named variable; empty when the name is missing, not allowed, or the variable unset. */
    public Optional<String> keyFor(String variable) {
        if (!isAllowedVariable(variable)) {
            return Optional.empty();
        }
        String value = environment.getProperty(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String key = value.trim();
        if (key.length() >= 4) {
            handedOut.add(key);
        }
        return Optional.of(key);
    }

    public boolean hasKey(String variable) {
        return keyFor(variable).isPresent();
    }

    /** Why a provider has no usable key, for the sync's errors (names the variable, never a value). */
    public String missingKeyReason(String variable) {
        if (variable == null || variable.isBlank()) {
            return "no API key variable configured (providers.api_key_env is empty)";
        }
        if (!isAllowedVariable(variable)) {
            return "api_key_env '" + variable + "' is not an allowed environment variable name";
        }
        return "API key variable " + variable + " is not set";
    }

    /**
     * Puts the provider's authentication headers into {@code headers} (the Camel message headers map) for
     * its discovery kind. Returns false, adding nothing, when the provider has no usable key.
     */
    public boolean authorize(Map<String, Object> provider, Map<String, Object> headers) {
        String variable = provider.get("api_key_env") == null ? null : String.valueOf(provider.get("api_key_env"));
        Optional<String> key = keyFor(variable);
        Map<String, String> auth = authHeaders(String.valueOf(provider.get("discovery_kind")), key.orElse(null));
        headers.putAll(auth);
        return key.isPresent();
    }

    /** The request headers a provider kind expects; static headers (API version) are sent even without a key. */
    public static Map<String, String> authHeaders(String kind, String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (kind == null ? "" : kind) {
            case "anthropic" -> {
                if (key != null) {
                    headers.put("x-api-key", key);
                }
                headers.put("anthropic-version", "2023-06-01");
            }
            case "google" -> {
                if (key != null) {
                    headers.put("x-goog-api-key", key); // never ?key=: URLs end up in logs and errors
                }
            }
            default -> {
                if (key != null) {
                    headers.put("Authorization", "Bearer " + key);
                }
            }
        }
        return headers;
    }

    /** The text with every key this bean ever handed out replaced by {@code [REDACTED]}. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String key : handedOut) {
            if (out.contains(key)) {
                out = out.replace(key, REDACTED);
            }
        }
        return out;
    }

    static boolean isAllowedVariable(String variable) {
        if (variable == null || !VARIABLE.matcher(variable).matches()) {
            return false;
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (variable.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
