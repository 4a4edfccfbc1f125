package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.upstream.UpstreamParseProperties;

/** Reads one page body the way a full sync does (a {@link ProviderListing} of the kind's parser), for tests. */
public final class ProviderListings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderListings() { }

    public static ProviderListing read(String kind, String body, UpstreamParseProperties limits) {
        return read(kind, body, limits, "", "");
    }

    /** The same, for a paged kind: {@code cursorParam} names the query parameter of the next page's cursor. */
    public static ProviderListing read(String kind, String body, UpstreamParseProperties limits, String pageSizeParam,
                                       String cursorParam) {
        ProviderListing listing = new ProviderListing("p-test", "http://127.0.0.1:1/v1", ModelListings.parserFor(kind),
                pageSizeParam, cursorParam, 100, 5, JSON, limits);
        listing.accept(body);
        listing.getModelsJson();
        return listing;
    }
}
