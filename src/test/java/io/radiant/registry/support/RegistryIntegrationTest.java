package io.radiant.registry.support;

import org.springframework.test.annotation.DirtiesContext;

/**
 * Base of black-box tests that need the service to themselves: a context and a database of the class's own,
 * closed after the class. A class with settings of its own adds {@code @TestPropertySource}. A class whose
 * tests each make data of their own (unique ids) and touch nothing shared can extend
 * {@link SharedRegistryIntegrationTest} instead and start no context at all.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class RegistryIntegrationTest extends RegistryContext {

    public static final String TEST_PROFILE = RegistryContext.TEST_PROFILE;

    public static final String CLASSPATH_CONFIGURATION_ONLY = RegistryContext.CLASSPATH_CONFIGURATION_ONLY;
}
