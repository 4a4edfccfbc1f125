package io.radiant.registry.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the registry's own metrics ({@code registry.metrics.*} in config/application.yaml).
 *
 * @param cacheTtl how long one database reading serves every gauge and every scraper before the next
 *                 scrape reads again; bounds the metrics' load on the database to one statement per period
 */
@ConfigurationProperties(prefix = "registry.metrics")
public record MetricsProperties(Duration cacheTtl) {

    public MetricsProperties {
        if (cacheTtl == null || cacheTtl.isNegative()) {
            cacheTtl = Duration.ofSeconds(5);
        }
    }
}
