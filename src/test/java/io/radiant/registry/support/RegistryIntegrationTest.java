package io.radiant.registry.support;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of black-box tests: the whole service on a random port, on a real PostgreSQL database
 * of its own. The context is closed after the class, so the next class builds a new one and
 * gets a new database.
 */
@CamelSpringBootTest
@SpringBootTest(classes = io.radiant.registry.RegistryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(locations = "classpath:test-overrides.properties")
public abstract class RegistryIntegrationTest {

    @DynamicPropertySource
    static void isolatedDatabase(DynamicPropertyRegistry registry) {
        TestDatabases.Database db = TestDatabases.fresh("ctx");
        registry.add("database.url", db::jdbcUrl);
        registry.add("database.user", db::user);
        registry.add("database.password", () -> db.password() == null ? "" : db.password());
    }
}
