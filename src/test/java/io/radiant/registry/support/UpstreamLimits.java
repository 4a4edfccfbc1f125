package io.radiant.registry.support;

import io.radiant.registry.upstream.UpstreamParseProperties;
import io.radiant.registry.upstream.UpstreamValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code registry.upstream.parse.*} for unit tests of the parsers, bound from the packaged
 * config/application.yaml exactly as the service binds it, so the tests run on the production defaults (or on
 * those with a few keys overridden).
 */
public final class UpstreamLimits {

    private UpstreamLimits() { }

    public static UpstreamParseProperties defaults() {
        return with(Map.of());
    }

    /** The defaults with some keys overridden ({@code "max-array-entries" → 3}). */
    public static UpstreamParseProperties with(Map<String, Object> overrides) {
        try {
            StandardEnvironment env = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("application.yaml", new ClassPathResource("application.yaml"))) {
                env.getPropertySources().addLast(source);
            }
            Map<String, Object> prefixed = new java.util.HashMap<>();
            overrides.forEach((k, v) -> prefixed.put("registry.upstream.parse." + k, v));
            env.getPropertySources().addFirst(new MapPropertySource("test-overrides", prefixed));
            return Binder.get(env).bind("registry.upstream.parse", UpstreamParseProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fresh values of one reading on the default limits. */
    public static UpstreamValues values() {
        return UpstreamValues.reading(defaults());
    }
}
