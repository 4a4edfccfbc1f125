package io.radiant.registry.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.api.*}: limits of the REST layer.
 *
 * @param maxRequestBodyBytes larger request bodies are refused with 413 before any route reads them
 */
@ConfigurationProperties("registry.api")
public record ApiProperties(long maxRequestBodyBytes) {
}
