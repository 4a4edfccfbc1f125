package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.SharedRegistryIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

class ServiceStartupTest extends SharedRegistryIntegrationTest {

    static final String TOKEN = ADMIN_TOKEN;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void healthEndpointReportsUpWithTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                // the components (db among them) are shown to the admin only; the status to anyone
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void startMigratesTheSchemaAndLoadsTheSelfHostedCatalog() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM self_hosted_models", Integer.class)).isEqualTo(56);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM thermal_states", Integer.class)).isEqualTo(56);
    }
}
