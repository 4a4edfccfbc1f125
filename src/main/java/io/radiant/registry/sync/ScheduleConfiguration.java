package io.radiant.registry.sync;

import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires {@link ScheduledFirings} into Spring Boot's Quartz scheduler. When the scheduler starts is configuration
 * alone ({@code spring.quartz.auto-startup=false}; camel-quartz starts it once Camel has started — docs/sync.md).
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

    @Bean("scheduledFirings")
    public ScheduledFirings scheduledFirings(ScheduleProperties properties) {
        return new ScheduledFirings(properties.retryDelay());
    }

    @Bean
    public SchedulerFactoryBeanCustomizer scheduledFiringsListener(ScheduledFirings firings) {
        return factory -> factory.setGlobalJobListeners(firings);
    }
}
