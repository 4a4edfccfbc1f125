package io.radiant.registry.pricing;

/**
 * The estimate needs a price the catalog lacks; {@code component} names the price as DESIGN.md §4.5 does (input,
 * output, cacheRead, cacheWrite, reasoning, batchInput, batchOutput, request).
 */
public class MissingPriceException extends RuntimeException {

    private final String component;

    public MissingPriceException(String component, String message) {
        // an answer (400), not a fault: no stack trace to fill
        super(message, null, false, false);
        this.component = component;
    }

    public String component() {
        return component;
    }
}
