package io.radiant.registry.system.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750; the scheme is case-insensitive, RFC 9110 §11.1).
 * No header: no credentials, the request goes on anonymously and is refused where a token is required.
 * A header in any other form is a failed authentication, so it cannot pass for anonymous either.
 */
public final class BearerTokenConverter implements AuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new BadCredentialsException("The Authorization header is not a bearer token.");
        }
        return UsernamePasswordAuthenticationToken.unauthenticated("admin", header.substring(SCHEME.length()).strip());
    }
}
