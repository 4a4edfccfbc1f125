package io.radiant.registry.api;

import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;

/**
 * Header filter of the platform-http component: a REST answer carries only the headers listed here.
 * Without it, message headers (the caller's own Authorization and Cookie included, as the OpenAPI route
 * showed) would be echoed back into the response. Inbound headers are filtered as Camel's HTTP default.
 */
public class ResponseHeaderAllowList extends HttpHeaderFilterStrategy {

    private static final Set<String> ALLOWED = Set.of(
            "content-type", "content-length", "content-encoding", "location", "retry-after", "allow",
            "cache-control", "www-authenticate", "etag");

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        if (!ALLOWED.contains(headerName.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return super.applyFilterToCamelHeaders(headerName, headerValue, exchange);
    }
}
