package io.radiant.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderAllowListTest {

    private final HeaderAllowList filter = HeaderAllowList.ofContract(ApiContract.get());

    @Test
    void theRequestAllowListIsWhatTheContractReadsPlusContentType() {
        assertThat(ApiContract.get().requestParameters()).contains("category", "hostingType", "status", "kind",
                "providerId", "limit", "since", "modelId", "If-Match", "X-Actor")
                // path parameters are set from the matched path, not through the filter
                .doesNotContain("id", "syncId", "reviewId");
        for (String name : List.of("Content-Type", "content-type", "If-Match", "if-match", "X-Actor", "category",
                "hostingType", "status", "kind", "providerId", "limit", "since", "modelId")) {
            assertThat(filter.applyFilterToExternalHeaders(name, "x", null)).as(name).isFalse();
        }
    }

    @Test
    void everyOtherRequestHeaderIsKeptOut() {
        for (String name : List.of("Cookie", "Authorization", "Cache-Control", "ETag", "Content-Length",
                "Content-Encoding", "Location", "Set-Cookie", "X-Forwarded-For", "X-Forwarded-Host", "Accept",
                "User-Agent", "Host", "X-Custom", "CamelHttpResponseCode", "CamelHttpUri", "leaseOwner", "syncType",
                "syncId", "syncTrigger", "modelid ", "")) {
            assertThat(filter.applyFilterToExternalHeaders(name, "x", null)).as(name).isTrue();
        }
        assertThat(filter.applyFilterToExternalHeaders(null, "x", null)).isTrue();
    }

    @Test
    void anAnswerCarriesOnlyAllowListedHeaders() {
        for (String name : List.of("Location", "ETag", "Retry-After", "Allow", "WWW-Authenticate")) {
            assertThat(filter.applyFilterToCamelHeaders(name, "x", null)).as(name).isFalse();
        }
        for (String name : List.of("Authorization", "Cookie", "Set-Cookie", "X-Custom", "X-Actor", "If-Match",
                "status", "modelId", "leaseOwner", "CamelHttpResponseCode", "CamelSqlRowCount")) {
            assertThat(filter.applyFilterToCamelHeaders(name, "x", null)).as(name).isTrue();
        }
    }
}
