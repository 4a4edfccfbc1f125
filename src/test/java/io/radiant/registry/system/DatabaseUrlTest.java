package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void jdbcUrlKeepsItsQueryAndTakesCredentialsFromTheirVariables() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.internal:6543/registry?sslmode=require", "app", "pw");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/registry?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.describe()).isEqualTo("db.internal:6543/registry");
    }

    @Test
    void libpqUrlHasItsCredentialsSplitOutAndTheDefaultPort() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://svc:p%40ss@pg.example.com/models", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://pg.example.com:5432/models");
        assertThat(url.user()).isEqualTo("svc");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.describe()).doesNotContain("p@ss").doesNotContain("svc");
    }

    @Test
    void explicitCredentialsWinOverTheOnesInTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://a:b@h:1/d", "x", "y");

        assertThat(url.user()).isEqualTo("x");
        assertThat(url.password()).isEqualTo("y");
    }

    @Test
    void somethingThatIsNotAPostgresUrlIsRefusedWithAReason() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/d", null, null))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> DatabaseUrl.parse(" ", null, null)).hasMessageContaining("empty");
    }
}
