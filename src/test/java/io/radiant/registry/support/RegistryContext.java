package io.radiant.registry.support;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every black-box test starts: the whole service on a random port, on a real PostgreSQL database of its
 * own (a copy of the migrated schema, {@link TestDatabases#migrated}), with the settings of the "test" profile
 * ({@code src/test/resources/application-test.yaml}). A test class extends one of its two kinds:
 * {@link RegistryIntegrationTest} (a context and database of the class's own) or
 * {@link SharedRegistryIntegrationTest} (one context and database for every class that extends it).
 */
@CamelSpringBootTest
@SpringBootTest(classes = io.radiant.registry.RegistryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = RegistryContext.CLASSPATH_CONFIGURATION_ONLY)
@ActiveProfiles(RegistryContext.TEST_PROFILE)
public abstract class RegistryContext {

    public static final String TEST_PROFILE = "test";

    /**
     * Spring Boot also reads {@code ./config/application.yaml} from the working directory, and ranks it above
     * every profile file on the classpath. Run from this repository that is the source of the packaged
     * application.yaml, so it would undo application-test.yaml; tests therefore read the classpath only.
     * A context started by hand (a second instance, a benchmark) passes it as {@code --} argument too.
     */
    public static final String CLASSPATH_CONFIGURATION_ONLY = "spring.config.location=classpath:/";

    @DynamicPropertySource
    static void isolatedDatabase(DynamicPropertyRegistry registry) {
        TestDatabases.Database db = TestDatabases.migrated("ctx");
        registry.add("database.url", db::jdbcUrl);
        registry.add("database.user", db::user);
        registry.add("database.password", () -> db.password() == null ? "" : db.password());
    }
}
