package io.radiant.registry.pricing;

/** The estimate needs a price the catalog lacks; {@code component} names it (input, cached_input, …). */
public class MissingPriceException extends RuntimeException {

    private final String component;

    public MissingPriceException(String component, String message) {
        super(message);
        this.component = component;
    }

    public String component() {
        return component;
    }
}
