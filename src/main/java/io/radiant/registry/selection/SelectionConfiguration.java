package io.radiant.registry.selection;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The selection beans the routes call by name (select-model.yaml, warmup-request.yaml). */
@Configuration(proxyBeanMethods = false)
public class SelectionConfiguration {

    @Bean
    public SelectionCriteriaParser selectionCriteriaParser() {
        return new SelectionCriteriaParser();
    }

    @Bean
    public SelectionData selectionData() {
        return new SelectionData();
    }

    /** Reads the schema Flyway creates: must start after the migrations. */
    @Bean
    @DependsOnDatabaseInitialization
    public SelectionDataRefresher selectionDataRefresher(DataSource dataSource, SelectionData selectionData,
                                                         SelectionProperties properties) throws SQLException {
        // the listener opens a connection of its own with the pool's settings; unwrap sees through a wrapped pool
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        return new SelectionDataRefresher(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(),
                selectionData, new RegistrySnapshotLoader(), properties, Clock.systemUTC());
    }

    @Bean
    public SelectionMetrics selectionMetrics(MeterRegistry meterRegistry) {
        return new SelectionMetrics(meterRegistry);
    }

    @Bean
    public ModelSelector modelSelector(SelectionMetrics selectionMetrics) {
        return new ModelSelector(selectionMetrics);
    }

    @Bean
    public SelectionEngine selectionEngine(SelectionData selectionData, ModelSelector modelSelector,
                                           SelectionProperties properties) {
        return new SelectionEngine(selectionData, modelSelector, Clock.systemUTC(), properties.candidateLimit(),
                properties.explainLimit());
    }

    @Bean
    public WarmupRequests warmupRequests(SelectionProperties properties) {
        return new WarmupRequests(Clock.systemUTC(), properties.warmupQuietPeriod());
    }

    @Bean
    public PendingWarmups pendingWarmups(SelectionProperties properties) {
        return new PendingWarmups(properties.pendingWarmupsMax());
    }

    @Bean
    public SelectionHealthIndicator selectionHealthIndicator(SelectionData selectionData, PendingWarmups pendingWarmups) {
        return new SelectionHealthIndicator(selectionData, pendingWarmups, Clock.systemUTC());
    }
}
