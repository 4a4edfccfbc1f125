package io.radiant.registry.pricing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Every list price of one model that a cost estimate may need (USD, token prices per 1k tokens), with the
 * source of each ({@code litellm}, {@code models.dev}, {@code openrouter}, {@code admin}, …; a price without a
 * recorded source is {@code curated}) keyed by component: input, output, cached_input, cache_write, reasoning,
 * batch_input, batch_output, tiers, request.
 */
public record PriceSheet(
        String pricingType,
        BigDecimal input,
        BigDecimal output,
        BigDecimal costPerRequest,
        PriceComponents components,
        Map<String, String> sources) {

    public static final String CURATED = "curated";

    public PriceSheet {
        components = components == null ? PriceComponents.NONE : components;
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** Where the price of {@code component} came from. */
    public String sourceOf(String component) {
        return sources.getOrDefault(component, CURATED);
    }
}
