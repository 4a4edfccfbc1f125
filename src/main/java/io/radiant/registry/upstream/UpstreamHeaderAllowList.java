package io.radiant.registry.upstream;

import io.radiant.registry.discovery.ProviderCredentials;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Which message headers camel-http may send upstream, and which answer headers it brings back. Outbound it is
 * an allow-list, not a deny-list: Accept, User-Agent, and the headers the exchange's provider (its row in the
 * exchange variable {@code provider}) is configured to send — the credential header of its kind or
 * {@code auth_header}, and its {@code extra_headers}. Everything else on the message stays in the service
 * (the sync's own headers, a lease owner, a previous answer's headers, whatever a route forgets to drop). A
 * feed download has no provider: it sends Accept and User-Agent only. Inbound, camel-http's usual filter.
 */
public final class UpstreamHeaderAllowList implements HeaderFilterStrategy {

    static final Set<String> ALWAYS = Set.of("accept", "user-agent");
    static final String PROVIDER_VARIABLE = "provider";

    private final ProviderCredentials credentials;
    private final HttpHeaderFilterStrategy inbound = new HttpHeaderFilterStrategy();

    public UpstreamHeaderAllowList(ProviderCredentials credentials) {
        this.credentials = credentials;
    }

    /** True = the header is not sent. */
    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        if (headerName == null) {
            return true;
        }
        String name = headerName.toLowerCase(Locale.ROOT);
        if (ALWAYS.contains(name)) {
            return false;
        }
        Object provider = exchange == null ? null : exchange.getVariable(PROVIDER_VARIABLE);
        if (provider instanceof Map<?, ?> row) {
            @SuppressWarnings("unchecked")
            Set<String> allowed = credentials.requestHeaderNames((Map<String, Object>) row);
            return !allowed.contains(name);
        }
        return true;
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return inbound.applyFilterToExternalHeaders(headerName, headerValue, exchange);
    }
}
