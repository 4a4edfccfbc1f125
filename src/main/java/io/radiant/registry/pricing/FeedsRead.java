package io.radiant.registry.pricing;

/**
 * What one pricing sync read from its feeds, as {@code sql/pricing-apply.sql} and
 * {@code sql/pricing-apply-components.sql} read it.
 *
 * @param entriesJson every entry of every feed read, a JSON array of {@link FeedEntry#toRow()}
 * @param sourcesJson the feeds read this time, a JSON array of their source names
 */
public record FeedsRead(String entriesJson, String sourcesJson) {
}
