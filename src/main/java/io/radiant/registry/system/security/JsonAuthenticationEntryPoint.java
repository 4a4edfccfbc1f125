package io.radiant.registry.system.security;

import io.radiant.registry.api.ApiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.UrlPathHelper;

/**
 * Every refused request ends here once, whether it brought no token or a wrong one: a 401 with
 * {@code WWW-Authenticate: Bearer} and the JSON error body, and one log line with method, the normalised
 * path the router would match, and the remote address. Neither the answer nor the log holds any part
 * of what the caller sent as a token.
 */
public final class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final Logger LOG = LoggerFactory.getLogger(JsonAuthenticationEntryPoint.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final AdminToken token;
    private final ApiErrors errors = new ApiErrors();

    public JsonAuthenticationEntryPoint(AdminToken token) {
        this.token = token;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String message = messageFor(failure);
        LOG.warn("Refused {} {} from {}: {}", ApiErrors.printable(request.getMethod(), 10),
                ApiErrors.printable(PATHS.getPathWithinApplication(request), 200), request.getRemoteAddr(), message);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"registry-admin\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(errors.body("unauthorized", message));
    }

    private String messageFor(AuthenticationException failure) {
        if (!token.isConfigured() || failure instanceof DisabledException) {
            return "The admin API is disabled: REGISTRY_ADMIN_TOKEN is not configured.";
        }
        if (failure instanceof BadCredentialsException) {
            // our own messages only: the exception never carries what the caller sent
            return failure.getMessage();
        }
        return "Missing Authorization header: send Authorization: Bearer <admin token>.";
    }
}
