package io.radiant.registry.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.system.SecretRedactor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves a provider's API key from the environment variable its row names ({@code providers.api_key_env})
 * and turns it into the request headers that provider expects. Keys are looked up through Spring's
 * {@link Environment}, so OS variables work in production and tests can set them as properties.
 *
 * <p>Keys only ever travel in request headers, never in URLs. Every key handed out is given to the
 * {@link SecretRedactor}, which removes it from any text bound for a log, the sync log or an event.
 */
@Component("providerCredentials")
public class ProviderCredentials {

    /** An environment variable's shape; rules out Spring property names such as {@code database.password}. */
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]{1,99}");
    /** Secrets of the service itself, never sent to a provider whatever a provider row says. */
    private static final Set<String> RESERVED_PREFIXES = Set.of("DATABASE_", "AWS_", "REGISTRY_", "SPRING_");

    private final Environment environment;
    private final SecretRedactor redactor;
    private final ObjectMapper json;

    public ProviderCredentials(Environment environment, SecretRedactor redactor, ObjectMapper json) {
        this.environment = environment;
        this.redactor = redactor;
        this.json = json;
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
        redactor.remember(key);
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
     * Puts the provider's request headers into {@code headers} (the Camel message headers): the key in the
     * header its row or discovery kind names, plus any constant headers (API version). Returns false when the
     * provider has no usable key; the constant headers are set anyway (a health check still probes it).
     */
    public boolean authorize(Map<String, Object> provider, Map<String, Object> headers) {
        Optional<String> key = keyFor(text(provider.get("api_key_env")));
        headers.putAll(requestHeaders(text(provider.get("discovery_kind")), text(provider.get("auth_header")),
                text(provider.get("auth_prefix")), text(provider.get("extra_headers")), key.orElse(null)));
        return key.isPresent();
    }

    /**
     * Names (lower case) of every header a request to this provider may carry: its credential header and its
     * constant headers, whether or not its key is set. The outbound header allow-list of upstream calls.
     */
    public Set<String> requestHeaderNames(Map<String, Object> provider) {
        Set<String> names = new HashSet<>();
        requestHeaders(text(provider.get("discovery_kind")), text(provider.get("auth_header")),
                text(provider.get("auth_prefix")), text(provider.get("extra_headers")), "-")
                .keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return names;
    }

    /** The headers of one provider request; no environment read, for tests. */
    Map<String, String> requestHeaders(String kind, String authHeader, String authPrefix,
                                              String extraHeadersJson, String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        String header = authHeader != null && !authHeader.isBlank() ? authHeader : switch (kind == null ? "" : kind) {
            case "anthropic" -> "x-api-key";
            case "google" -> "x-goog-api-key"; // never ?key=: URLs end up in logs and error messages
            default -> "Authorization";
        };
        String prefix = authPrefix != null ? authPrefix : "Authorization".equalsIgnoreCase(header) ? "Bearer " : "";
        if ("anthropic".equals(kind)) {
            headers.put("anthropic-version", "2023-06-01");
        }
        headers.putAll(extraHeaders(extraHeadersJson));
        if (key != null) {
            headers.put(header, prefix + key);
        }
        return headers;
    }

    private Map<String, String> extraHeaders(String extraHeadersJson) {
        Map<String, String> out = new LinkedHashMap<>();
        if (extraHeadersJson == null || extraHeadersJson.isBlank()) {
            return out;
        }
        try {
            JsonNode node = json.readTree(extraHeadersJson);
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        } catch (JsonProcessingException e) {
            // a malformed column is ignored rather than failing every request of the provider
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

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
