package io.radiant.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.DataFormatFactory;
import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Beans shared by every REST route: the contract and how operations reach their routes, the HTTP engine, the JSON
 * binding, the error bodies (routes/errors/rest-errors.camel.yaml), the header filter in and out.
 */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    @Bean
    public ApiErrors apiErrors(ObjectMapper json) {
        return new ApiErrors(json);
    }

    /** The contract, for the routes that read it (api-document.camel.yaml). */
    @Bean
    public ApiContract apiContract() {
        return ApiContract.get();
    }

    /** The REST binding's JSON data format, named in routes/rest-configuration.camel.yaml (jsonDataFormat: contract-json). */
    @Bean("contract-json-dataformat-factory")
    public DataFormatFactory contractJsonDataFormatFactory() {
        return ContractJsonDataFormat::new;
    }

    /** Used by camel.component.rest-openapi.rest-openapi-processor-strategy (application.yaml). */
    @Bean
    public ContractOperations contractOperations() {
        return new ContractOperations();
    }

    /** Used by camel.component.platform-http.header-filter-strategy (application.yaml). */
    @Bean
    public HeaderAllowList headerAllowList(ApiContract apiContract) {
        return HeaderAllowList.ofContract(apiContract);
    }

    /**
     * Runs each REST route on the servlet container's request thread. The starter's default hands every request
     * to Spring's task executor and back, two thread wake-ups that cost selection more than its ranking does
     * (bench/RESULTS.md); our routes answer from memory or from one SQL statement, and Tomcat's own pool
     * (server.tomcat.threads.max) is the bound a blocking route needs.
     */
    @Bean(PlatformHttpConstants.PLATFORM_HTTP_ENGINE_NAME)
    public PlatformHttpEngine platformHttpEngine(ServerProperties server) {
        int port = server.getPort() == null ? 8080 : server.getPort();
        return new SpringBootPlatformHttpEngine(port, Runnable::run);
    }

    /** With the routes on the request thread, their answer is complete when the handler returns: one dispatch. */
    @Bean
    static BeanPostProcessor completedFuturesOnOneDispatch() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter) {
                    CompletedFutureReturnValueHandler.installOn(adapter);
                }
                return bean;
            }
        };
    }
}
