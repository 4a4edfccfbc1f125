package io.radiant.registry.system.security;

import io.radiant.registry.api.ApiErrors;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, decided by Spring Security in front of the router, on the path as the router
 * matches it (decoded and normalised), after a firewall has refused every spelling with more than one
 * reading. Deny by default: only the paths listed in {@link #publicPaths()} are open; everything else —
 * the admin API and any route added later — needs the admin bearer token.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(AdminTokenProperties.class)
public class SecurityConfiguration {

    /** The open paths: selection, the API description, the console's static files, public actuator endpoints. */
    static RequestMatcher publicPaths() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(
                path.matcher("/api/v2/registry/select"),
                path.matcher("/api/v2/registry/select/explain"),
                path.matcher(HttpMethod.GET, "/api/v2/openapi.json"),
                path.matcher(HttpMethod.GET, "/admin"),
                path.matcher(HttpMethod.GET, "/admin/**"),
                path.matcher(HttpMethod.GET, "/actuator/health"),
                path.matcher(HttpMethod.GET, "/actuator/health/**"),
                path.matcher(HttpMethod.GET, "/actuator/info"),
                path.matcher(HttpMethod.GET, "/actuator/prometheus"),
                // the container's error page for a request that was let through (a 404 or 405 of an open path)
                new DispatcherTypeRequestMatcher(DispatcherType.ERROR));
    }

    @Bean
    AdminToken adminToken(AdminTokenProperties properties) {
        return new AdminToken(properties.adminToken());
    }

    @Bean
    SecurityFilterChain registrySecurity(HttpSecurity http, AdminToken token, ApiErrors errors) throws Exception {
        JsonAuthenticationEntryPoint entryPoint = new JsonAuthenticationEntryPoint(token, errors);
        RequestMatcher open = publicPaths();

        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(new AdminTokenAuthenticationProvider(token)), new BearerTokenConverter());
        // the selection API stays open whatever Authorization header its callers happen to send
        bearer.setRequestMatcher(new NegatedRequestMatcher(open));
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
        // on success the request simply goes on (no redirect, nothing saved)
        bearer.setSuccessHandler((request, response, authentication) -> { });

        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        HealthDetailsTokenFilter healthDetails = new HealthDetailsTokenFilter(new OrRequestMatcher(
                path.matcher(HttpMethod.GET, "/actuator/health"), path.matcher(HttpMethod.GET, "/actuator/health/**")),
                new BearerTokenConverter(), new AdminTokenAuthenticationProvider(token));

        return http
                .securityMatcher("/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(open).permitAll()
                        .anyRequest().hasRole(AdminTokenAuthenticationProvider.ADMIN_ROLE))
                .addFilterBefore(bearer, ExceptionTranslationFilter.class)
                .addFilterBefore(healthDetails, ExceptionTranslationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> entryPoint.commence(request, response,
                                new org.springframework.security.authentication.InsufficientAuthenticationException(
                                        denied.getMessage()))))
                // Stateless: every call carries its token; no session, no cookie.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // CSRF protection is for credentials a browser attaches by itself (cookies, basic auth). A bearer
                // token is only ever sent by code that was given it (the console reads it from sessionStorage),
                // so a forged cross-site request carries no token and is refused anyway.
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")))
                .build();
    }

    /** Spring Security's strict firewall: ';', encoded '/', '\' and '.', '//', dot segments, '%25' are refused. */
    /**
     * Spring Security would otherwise observe each of its filters on every request (a span and a counter per
     * filter): a quarter of selection's CPU time in a profile (bench/RESULTS.md). Requests stay measured as a
     * whole by http_server_requests; refusals are logged by the entry point.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiErrors errors) {
        return new JsonRequestRejectedHandler(errors);
    }

    /**
     * Let Tomcat hand the odd spellings (a backslash, an encoded slash) to the firewall instead of refusing
     * them itself with a bare page, so that they too get the JSON 400. Nothing is decoded more leniently:
     * the firewall refuses them all.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> firewallSeesEverySpelling() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setAllowBackslash(true);
            connector.setProperty("relaxedPathChars", "\\");
        });
    }

    /** What Tomcat itself still refuses (a {@code %00}, a malformed request line) is answered in JSON too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsFromTomcat(ApiErrors errors) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // the host creates a valve of this class by reflection unless its pipeline already holds one:
                // this one, which writes with the service's ObjectMapper like every other error body
                host.getPipeline().addValve(new JsonErrorReportValve(errors));
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }
}
