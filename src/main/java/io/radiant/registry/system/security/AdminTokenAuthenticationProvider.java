package io.radiant.registry.system.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Authenticates the admin by its bearer token; the credentials are erased from the result. */
public final class AdminTokenAuthenticationProvider implements AuthenticationProvider {

    static final String ADMIN_ROLE = "ADMIN";

    private final AdminToken token;

    public AdminTokenAuthenticationProvider(AdminToken token) {
        this.token = token;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!token.isConfigured()) {
            throw new DisabledException("The admin API is disabled: REGISTRY_ADMIN_TOKEN is not configured.");
        }
        if (!token.matches(String.valueOf(authentication.getCredentials()))) {
            throw new BadCredentialsException("The bearer token is not valid.");
        }
        return UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ADMIN_ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
