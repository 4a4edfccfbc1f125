package io.radiant.registry.support;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of black-box tests that share one running service and one database: Spring's test context cache
 * starts it for the first class that extends this and hands it to the others, which saves a context start
 * (and a database) per class. The price is discipline: each test makes the rows it needs with ids of its own
 * (a capability, provider or model id with a random suffix), asserts only on those, and puts back anything
 * shared it changes. Add no {@code @TestPropertySource}, {@code @DynamicPropertySource} or route advice here:
 * any of them gives the class a context of its own, or changes the one the others use — such a class extends
 * {@link RegistryIntegrationTest}.
 */
// a key of its own, so that no RegistryIntegrationTest class is ever handed (and then closes) the shared context
// and the admin token of every class on it
@TestPropertySource(properties = {"registry.test.shared-context=true",
        "registry.admin-token=" + SharedRegistryIntegrationTest.ADMIN_TOKEN})
// the Prometheus scrape, which Spring Boot leaves out of tests by default: some shared classes check it
@AutoConfigureObservability(tracing = false)
public abstract class SharedRegistryIntegrationTest extends RegistryContext {

    public static final String ADMIN_TOKEN = "shared-context-admin-token-6e1f";
}
