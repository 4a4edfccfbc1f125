package io.radiant.registry.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every REST route: the JSON error bodies (routes/errors/rest-errors.yaml), the response header filter. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    @Bean
    public ApiErrors apiErrors() {
        return new ApiErrors();
    }

    /** Used by camel.component.platform-http.header-filter-strategy (application.yaml). */
    @Bean
    public ResponseHeaderAllowList responseHeaderAllowList() {
        return new ResponseHeaderAllowList();
    }
}
