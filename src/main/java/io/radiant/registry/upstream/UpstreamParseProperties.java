package io.radiant.registry.upstream;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.upstream.parse.*}: how much of a provider's model list or a public feed is believed. The
 * defaults and why each has its value are in config/application.yaml; docs/sync.md ("Untrusted upstreams")
 * says what an operator sees when one trips.
 *
 * @param maxPricePer1k   highest price accepted, USD per 1k tokens; above it the value is refused
 * @param maxExponent     a number whose decimal exponent (scientific notation) is beyond ±this is refused
 * @param maxNumberLength longest number accepted, in characters (JSON numbers and numeric strings)
 * @param maxTokenCount   highest context window or output limit accepted, in tokens
 * @param maxArrayEntries longest list of words (modalities, capabilities, endpoints) accepted as a value
 * @param maxJsonDepth    deepest nesting of arrays and objects; a deeper document is unreadable
 * @param maxStringLength longest JSON string, in characters; a document with a longer one is unreadable
 * @param firstYear       earliest year a lifecycle date may name
 * @param lastYear        latest year a lifecycle date may name
 * @param refusalSamples  refused values named per provider or feed in the sync's details (all are counted)
 */
@ConfigurationProperties("registry.upstream.parse")
public record UpstreamParseProperties(
        BigDecimal maxPricePer1k,
        int maxExponent,
        int maxNumberLength,
        int maxTokenCount,
        int maxArrayEntries,
        int maxJsonDepth,
        int maxStringLength,
        int firstYear,
        int lastYear,
        int refusalSamples) {

    /** The largest value of the catalog's price columns, {@code numeric(14,8)}. */
    static final BigDecimal PRICE_COLUMN_MAX = new BigDecimal("999999.99999999");

    public UpstreamParseProperties {
        if (maxPricePer1k == null || maxPricePer1k.signum() <= 0 || maxPricePer1k.compareTo(PRICE_COLUMN_MAX) > 0) {
            throw new IllegalArgumentException("registry.upstream.parse.max-price-per1k must be above 0 and fit "
                    + "the price columns (at most " + PRICE_COLUMN_MAX.toPlainString() + ")");
        }
        positive(maxExponent, "max-exponent");
        positive(maxNumberLength, "max-number-length");
        positive(maxTokenCount, "max-token-count");
        positive(maxArrayEntries, "max-array-entries");
        positive(maxJsonDepth, "max-json-depth");
        positive(maxStringLength, "max-string-length");
        positive(refusalSamples, "refusal-samples");
        if (firstYear < 1 || lastYear < firstYear || lastYear > 9999) {
            throw new IllegalArgumentException("registry.upstream.parse.first-year and last-year must be years "
                    + "from 1 to 9999, first before last");
        }
    }

    private static void positive(int value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException("registry.upstream.parse." + key + " must be at least 1, got " + value);
        }
    }
}
