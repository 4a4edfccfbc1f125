package io.radiant.registry.selection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Predicate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The selection beans the routes call by name (select-model.camel.yaml, warmup-request.camel.yaml). */
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
    public CostQuotes costQuotes(SelectionData selectionData) {
        return new CostQuotes(selectionData);
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

    /** select-model.camel.yaml's filter: the selection asks for a warm-up that {@link WarmupRequests} lets through. */
    @Bean
    public Predicate warmupAdmitted(WarmupRequests warmupRequests) {
        return exchange -> warmupRequests.shouldWarm(exchange.getMessage().getBody(Selection.class));
    }

    @Bean
    public PendingWarmups pendingWarmups(SelectionProperties properties) {
        return new PendingWarmups(properties.pendingWarmupsMax());
    }

    @Bean
    public SelectionPathPriming selectionPathPriming(SelectionData selectionData, CamelContext camel,
                                                     ObjectMapper json, SelectionProperties properties) {
        return new SelectionPathPriming(selectionData, camel::isStarted, json, properties.primingRequests(),
                properties.primingTimeLimit());
    }

    /** Once the web server listens and the routes run: priming needs both, and readiness waits for it. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> primeSelectionPathWhenStarted(SelectionPathPriming priming) {
        return event -> {
            if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
                priming.start(web.getWebServer().getPort());
            }
        };
    }

    @Bean
    public SelectionHealthIndicator selectionHealthIndicator(SelectionData selectionData, PendingWarmups pendingWarmups,
                                                             SelectionPathPriming priming) {
        return new SelectionHealthIndicator(selectionData, pendingWarmups, priming, Clock.systemUTC());
    }
}
