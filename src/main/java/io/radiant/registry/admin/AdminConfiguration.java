package io.radiant.registry.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin beans the routes call by name. */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    @Bean
    public AdminRegistry adminRegistry(ObjectMapper json) {
        return new AdminRegistry(new RowJson(json));
    }
}
