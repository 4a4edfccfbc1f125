package io.radiant.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With no REGISTRY_ADMIN_TOKEN configured, every admin call is refused, whatever token it brings. */
@TestPropertySource(properties = "registry.admin-token=")
class AdminApiWithoutTokenTest extends RegistryIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyAdminPathIs401AndSaysWhy() {
        Http http = new Http(port);
        String[][] headers = {{}, {"Authorization", "Bearer "}, {"Authorization", "Bearer anything"}};
        for (String[] h : headers) {
            for (Http.Answer a : new Http.Answer[] {
                    http.get("/api/v2/admin/registry/models", h),
                    http.get("/api/v2/admin/registry/stats", h),
                    http.get("/api/v2/admin/registry/sync/history", h),
                    http.get("/api/v2/admin/registry/sync/00000000-0000-4000-8000-000000000000", h),
                    http.postJson("/api/v2/admin/registry/sync", "{\"syncType\":\"full\"}", h)}) {
                assertThat(a.status()).as(a.body()).isEqualTo(401);
                assertThat(a.json().get("error").asText()).isEqualTo("unauthorized");
                assertThat(a.json().get("message").asText()).contains("REGISTRY_ADMIN_TOKEN");
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class))
                .as("no sync was started").isZero();
    }

    @Test
    void selectionStaysOpen() {
        Http.Answer a = new Http(port).postJson("/api/v2/registry/select",
                "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":1}");
        assertThat(a.status()).isEqualTo(200);
    }
}
