package io.radiant.registry.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The token, its comparison, the bearer header and the start-up warning, without a server. */
class AdminTokenTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AdminToken.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    @Test
    void noTokenWarnsAtStartThatEveryAdminCallWillBeRefused() {
        AdminToken token = new AdminToken("");

        assertThat(token.isConfigured()).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(appender.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("REGISTRY_ADMIN_TOKEN").contains("/api/v2/admin/").contains("401");
        });
    }

    @Test
    void aConfiguredTokenIsNeitherWarnedAboutNorLogged() {
        new AdminToken("s3cret-admin-token");

        assertThat(appender.list).noneMatch(e -> e.getLevel() == Level.WARN);
        assertThat(appender.list).noneMatch(e -> e.getFormattedMessage().contains("s3cret-admin-token"));
    }

    @Test
    void onlyTheExactTokenMatches() {
        AdminToken token = new AdminToken("s3cret");

        assertThat(token.matches("s3cret")).isTrue();
        assertThat(token.matches("s3cret ")).isFalse();
        assertThat(token.matches("S3CRET")).isFalse();
        assertThat(token.matches("s3cre")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void theBearerHeaderIsReadWithAnyCaseOfTheScheme() {
        BearerTokenConverter converter = new BearerTokenConverter();

        assertThat(converter.convert(new MockHttpServletRequest())).as("no header: anonymous").isNull();
        for (String header : new String[] {"Bearer abc", "bearer abc", "BEARER abc", "Bearer  abc "}) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Authorization", header);
            assertThat(converter.convert(request).getCredentials()).as(header).isEqualTo("abc");
        }
        for (String header : new String[] {"Basic abc", "abc", "Bearerabc", ""}) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Authorization", header);
            assertThatThrownBy(() -> converter.convert(request)).as(header).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void theProviderAuthenticatesTheAdminAndKeepsNoCredentials() {
        AdminTokenAuthenticationProvider provider = new AdminTokenAuthenticationProvider(new AdminToken("s3cret"));

        Authentication admin = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "s3cret"));
        assertThat(admin.isAuthenticated()).isTrue();
        assertThat(admin.getCredentials()).isNull();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "nope")))
                .isInstanceOf(BadCredentialsException.class).hasMessageNotContaining("nope");
        assertThatThrownBy(() -> new AdminTokenAuthenticationProvider(new AdminToken(null))
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "s3cret")))
                .isInstanceOf(DisabledException.class).hasMessageContaining("REGISTRY_ADMIN_TOKEN");
    }
}
