package io.radiant.registry.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;

/**
 * Header filter of the platform-http component, deny by default in both directions.
 * <p>
 * In: a request header or query parameter becomes a message header only when an operation of the contract reads
 * it (its {@code in: query} and {@code in: header} parameters) or it is the request's Content-Type (the routes
 * answer 415 from it). Everything else a caller sends (Cookie, Authorization, Cache-Control, ETag, Content-Encoding,
 * X-Forwarded-*, Camel*, an internal name such as leaseOwner) never becomes a header, so no route can echo it,
 * act on it or pass it on. Accept is not needed: the binding is JSON only and answers JSON whatever Accept says.
 * Path parameters do not pass this filter: the REST binding sets them from the matched path.
 * <p>
 * Out: an answer carries only the headers listed here, whatever the message holds. The answer's Content-Type is
 * not decided here: platform-http writes the message's Content-Type whatever a filter says
 * ({@link ContractOperations} makes it the contract's).
 */
public class HeaderAllowList extends HttpHeaderFilterStrategy {

    private static final Set<String> ANSWER = Set.of(
            "content-type", "content-length", "content-encoding", "location", "retry-after", "allow",
            "cache-control", "www-authenticate", "etag");

    private final Set<String> request;

    /** {@code requestHeaders}: the names a request may bring in, as headers or query parameters (any case). */
    public HeaderAllowList(Collection<String> requestHeaders) {
        this.request = requestHeaders.stream().map(HeaderAllowList::lower).collect(Collectors.toUnmodifiableSet());
    }

    /** The allow-list of this build: the contract's query and header parameters, and Content-Type. */
    public static HeaderAllowList ofContract(ApiContract contract) {
        Set<String> names = new LinkedHashSet<>(contract.requestParameters());
        names.add(Exchange.CONTENT_TYPE);
        return new HeaderAllowList(names);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return headerName == null || !request.contains(lower(headerName));
    }

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        if (!ANSWER.contains(lower(headerName))) {
            return true;
        }
        return super.applyFilterToCamelHeaders(headerName, headerValue, exchange);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
