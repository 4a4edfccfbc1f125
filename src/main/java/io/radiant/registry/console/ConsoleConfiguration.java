package io.radiant.registry.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.admin.RowJson;

import io.radiant.registry.system.SecretRedactor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operator console: static files under {@code classpath:/static/admin/} (Spring Boot serves them at
 * {@code /admin/…}) and the beans its admin endpoints call. Spring Boot's welcome page covers only
 * {@code /index.html} at the root, so {@code /admin/} is forwarded to the page and {@code /admin} redirected
 * to {@code /admin/} (the page's relative module URLs need the trailing slash).
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
    }

    @Bean
    public ConsoleViews consoleViews(SecretRedactor redactor, ObjectMapper json) {
        return new ConsoleViews(redactor, new RowJson(json));
    }
}
