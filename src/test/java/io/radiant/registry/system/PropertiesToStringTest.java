package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.system.security.AdminTokenProperties;
import org.junit.jupiter.api.Test;

/** The configuration records that hold secrets never print them (a record's own toString would). */
class PropertiesToStringTest {

    @Test
    void databasePropertiesHideThePasswordAndTheSecretPartsOfTheUrl() {
        String shown = new DatabaseProperties("postgres://app:url-secret-1@db.internal:5432/registry?password=q-secret-2",
                "app", "field-secret-3", 10, "./data/postgres", 0).toString();

        assertThat(shown).doesNotContain("url-secret-1").doesNotContain("q-secret-2").doesNotContain("field-secret-3")
                .contains("db.internal:5432/registry").contains("user=app").contains("poolSize=10");
    }

    @Test
    void anEmptyUrlIsShownAsTheEmbeddedDatabase() {
        assertThat(new DatabaseProperties("", "", "", 10, "./data/postgres", 0).toString())
                .contains("url=(embedded)").contains("password=,");
    }

    @Test
    void adminTokenPropertiesHideTheToken() {
        assertThat(new AdminTokenProperties("admin-token-secret-4").toString()).doesNotContain("admin-token-secret-4")
                .contains("***");
        assertThat(new AdminTokenProperties("").toString()).isEqualTo("AdminTokenProperties[adminToken=]");
    }
}
