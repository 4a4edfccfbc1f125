package io.radiant.registry.pricing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.pricing.*}: the three optional public feeds the weekly pricing sync reads, and its rules.
 *
 * @param feedUrl               LiteLLM cost map ({@code REGISTRY_PRICING_FEED_URL}); blank = not read
 * @param modelsdevFeedUrl      models.dev {@code api.json} ({@code REGISTRY_MODELSDEV_FEED_URL}); blank = not read
 * @param openrouterFeedUrl     OpenRouter {@code /api/v1/models} ({@code REGISTRY_OPENROUTER_FEED_URL}); blank = not read
 * @param timeoutMs             download time allowed per feed
 * @param maxChangeFactor       a feed-set price moving by more than this factor is held for review
 * @param disagreementTolerance relative difference between two feeds' values shown as a disagreement
 * @param unmatchedSampleSize   unmatched feed ids named per feed in the sync's details
 */
@ConfigurationProperties("registry.pricing")
public record PricingProperties(
        String feedUrl,
        String modelsdevFeedUrl,
        String openrouterFeedUrl,
        @DefaultValue("30000") int timeoutMs,
        @DefaultValue("10") double maxChangeFactor,
        @DefaultValue("0.05") double disagreementTolerance,
        @DefaultValue("10") int unmatchedSampleSize) {

    public PricingProperties {
        feedUrl = blankToEmpty(feedUrl);
        modelsdevFeedUrl = blankToEmpty(modelsdevFeedUrl);
        openrouterFeedUrl = blankToEmpty(openrouterFeedUrl);
        if (maxChangeFactor <= 1) {
            throw new IllegalArgumentException("registry.pricing.max-change-factor must be above 1");
        }
        if (disagreementTolerance < 0) {
            throw new IllegalArgumentException("registry.pricing.disagreement-tolerance must not be negative");
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
