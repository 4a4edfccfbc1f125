package io.radiant.registry.selection;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The selection beans the routes call by name (select-model.yaml, warmup-request.yaml). */
@Configuration(proxyBeanMethods = false)
public class SelectionConfiguration {

    @Bean
    public SelectionCriteriaParser selectionCriteriaParser(
            @Value("${registry.selection.candidate-limit:10}") int candidateLimit) {
        return new SelectionCriteriaParser(candidateLimit);
    }

    @Bean
    public ModelSelector modelSelector() {
        return new ModelSelector();
    }

    @Bean
    public WarmupRequests warmupRequests(@Value("${registry.selection.warmup-quiet-period:30s}") Duration quietPeriod) {
        return new WarmupRequests(Clock.systemUTC(), quietPeriod);
    }
}
