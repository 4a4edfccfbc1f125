package io.radiant.registry.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every path under /api/v2/admin/ with {@code Authorization: Bearer $REGISTRY_ADMIN_TOKEN}.
 * One filter in front of all admin routes, so a route added later cannot forget the check.
 * The token is compared in constant time; without a configured token every admin call is refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AdminTokenFilter extends OncePerRequestFilter {

    static final String ADMIN_PREFIX = "/api/v2/admin/";
    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenFilter.class);

    private final byte[] expected;

    public AdminTokenFilter(@Value("${registry.admin-token:}") String token) {
        this.expected = token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (expected == null) {
            LOG.warn("REGISTRY_ADMIN_TOKEN is not set: every call to {}** will be refused with 401", ADMIN_PREFIX);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(ADMIN_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (expected == null) {
            reject(response, "The admin API is disabled: REGISTRY_ADMIN_TOKEN is not configured.");
        } else if (header == null || !MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
            reject(response, header == null
                    ? "Missing Authorization header: send Authorization: Bearer <admin token>."
                    : "The bearer token is not valid.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void reject(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"registry-admin\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
    }
}
