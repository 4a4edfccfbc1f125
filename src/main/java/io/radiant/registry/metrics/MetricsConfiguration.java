package io.radiant.registry.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StreamUtils;

/** The registry's own meters; Spring Boot binds every MeterBinder bean to the Prometheus registry. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    static final String FIGURES_SQL = "sql/metrics-registry-figures.sql";

    @Bean
    public RegistryGauges registryGauges(JdbcTemplate jdbc, MetricsProperties properties) {
        String sql = read(FIGURES_SQL);
        return new RegistryGauges(() -> RegistryFigures.of(jdbc.queryForList(sql)), properties.cacheTtl(),
                System::nanoTime);
    }

    @Bean
    public SyncMetrics syncMetrics() {
        return new SyncMetrics(Clock.systemUTC());
    }

    private static String read(String resource) {
        try {
            return StreamUtils.copyToString(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
