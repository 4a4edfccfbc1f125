package io.radiant.registry.system;

import io.radiant.registry.system.security.AdminTokenProperties;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Removes secrets from text bound for logs, the sync log, events and error responses. Whoever reads a
 * secret (an API key, the admin token, a configured URL's query values) calls {@link #remember} or
 * {@link #rememberQueryValues}; on top of that, the value of every query parameter of any URL in the text is
 * masked whatever its name (a signed URL's {@code sig=}, {@code X-Amz-Signature=}, {@code key=} …: a name does
 * not say whether its value is a secret), and so are credential-looking parameters outside URLs, credential
 * headers and Authorization values, even when their value was never seen.
 */
@Component
public class SecretRedactor {

    static final String MASK = "***";
    private static final int SHORTEST_SECRET = 6;
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)([?&;](?:api[_-]?key|key|token|access[_-]?token|secret|password|signature)=)[^&\\s\"']+");
    private static final Pattern AUTH_VALUE = Pattern.compile(
            "(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=:-]{6,}");
    /** Credential headers: any *-api-key, api-key/apikey, *-token, *-secret, (proxy-)authorization, cookies. */
    private static final Pattern HEADER_SECRET = Pattern.compile(
            "(?i)\\b((?:(?:[a-z0-9]+-)*(?:api-?key|token|secret|signature)|(?:proxy-)?authorization|set-cookie|cookie)"
                    + "\\s*[:=]\\s*)[^,;&\\s\"'}]+");
    /** A URL and its query string (group 2), up to whitespace, a quote, an angle bracket or a fragment. */
    private static final Pattern URL_QUERY = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]*://[^\\s?#\"'<>]*\\?)([^\\s#\"'<>]*)");

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

    /**
     * Remembers every query value of a configured URL (a feed URL signed with {@code sig=} or
     * {@code X-Amz-Signature=}), raw and decoded, so that it is masked even where it appears without its URL.
     */
    public void rememberQueryValues(String url) {
        if (url == null) {
            return;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return;
        }
        int fragment = url.indexOf('#', query);
        String part = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        for (String pair : part.split("[&;]")) {
            int eq = pair.indexOf('=');
            String value = eq < 0 ? pair : pair.substring(eq + 1);
            remember(value);
            try {
                remember(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the raw value is remembered already
            }
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
        result = URL_QUERY.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + maskedQuery(m.group(2))));
        result = QUERY_SECRET.matcher(result).replaceAll("$1" + MASK);
        result = AUTH_VALUE.matcher(result).replaceAll("$1 " + MASK);
        result = HEADER_SECRET.matcher(result).replaceAll("$1" + MASK);
        return result;
    }

    /** Every value of a query string masked, the names kept: {@code a=1&sig=x} → {@code a=***&sig=***}. */
    private static String maskedQuery(String query) {
        if (query.isEmpty()) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length());
        int start = 0;
        while (start <= query.length()) {
            int end = start;
            while (end < query.length() && query.charAt(end) != '&' && query.charAt(end) != ';') {
                end++;
            }
            String pair = query.substring(start, end);
            int eq = pair.indexOf('=');
            if (eq >= 0) {
                out.append(pair, 0, eq + 1).append(pair.length() > eq + 1 ? MASK : "");
            } else if (!pair.isEmpty()) {
                out.append(MASK);
            }
            if (end < query.length()) {
                out.append(query.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }
}
