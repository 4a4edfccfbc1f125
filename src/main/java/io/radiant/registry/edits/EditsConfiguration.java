package io.radiant.registry.edits;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bean the admin edit routes call by name. */
@Configuration(proxyBeanMethods = false)
public class EditsConfiguration {

    @Bean
    public CatalogEdits catalogEdits(ObjectMapper json) {
        return new CatalogEdits(json);
    }
}
