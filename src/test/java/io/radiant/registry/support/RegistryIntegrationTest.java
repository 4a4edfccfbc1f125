package io.radiant.registry.support;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of black-box tests: the whole service on a random port, on a real PostgreSQL database
 * of its own, with the settings of the "test" profile ({@code src/test/resources/application-test.yaml}).
 * The context is closed after the class, so the next class builds a new one and gets a new database.
 */
@CamelSpringBootTest
@SpringBootTest(classes = io.radiant.registry.RegistryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = RegistryIntegrationTest.CLASSPATH_CONFIGURATION_ONLY)
@ActiveProfiles(RegistryIntegrationTest.TEST_PROFILE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class RegistryIntegrationTest {

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
        TestDatabases.Database db = TestDatabases.fresh("ctx");
        registry.add("database.url", db::jdbcUrl);
        registry.add("database.user", db::user);
        registry.add("database.password", () -> db.password() == null ? "" : db.password());
    }
}
