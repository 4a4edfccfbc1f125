package io.radiant.registry.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.upstream.churn.*}: how much one sync may change of a provider's catalog before it waits for an
 * operator. How many models may drop out of selection at once is the churn guard of
 * {@link DiscoveryProperties.ChurnGuard} ({@code registry.discovery.churn-guard.*}), counted over every way of
 * dropping out; this record adds the bound on new ids.
 *
 * @param maxNewModels more ids new to the catalog than this from one provider in one sync are held as one
 *                     {@code mass_discovery} review item with one event, instead of one item and one event each
 */
@ConfigurationProperties("registry.upstream.churn")
public record ChurnProperties(int maxNewModels) {
}
