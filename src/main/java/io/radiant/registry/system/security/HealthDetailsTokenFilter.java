package io.radiant.registry.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the open health endpoints a valid admin token shows the components and their details (Spring Boot's
 * {@code show-details: when-authorized} with role ADMIN); without one, or with a wrong one, the caller still gets
 * the plain status — never a 401 — so probes and load balancers need no token. The bearer filter of the admin
 * API does not run on open paths, hence this one.
 */
final class HealthDetailsTokenFilter extends OncePerRequestFilter {

    private final RequestMatcher healthPaths;
    private final AuthenticationConverter converter;
    private final AuthenticationProvider provider;

    HealthDetailsTokenFilter(RequestMatcher healthPaths, AuthenticationConverter converter, AuthenticationProvider provider) {
        this.healthPaths = healthPaths;
        this.converter = converter;
        this.provider = provider;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !healthPaths.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Authentication credentials = converter.convert(request);
            if (credentials != null) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(provider.authenticate(credentials));
                SecurityContextHolder.setContext(context);
            }
        } catch (AuthenticationException refused) {
            // a wrong or malformed token: the plain status, like a caller without one
        }
        chain.doFilter(request, response);
    }
}
