package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The start-up warning when no admin token is configured (the filter is built once, at start). */
class AdminTokenFilterWarningTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AdminTokenFilter.class);
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
        new AdminTokenFilter("");

        assertThat(appender.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("REGISTRY_ADMIN_TOKEN").contains("/api/v2/admin/").contains("401");
        });
    }

    @Test
    void aConfiguredTokenIsNeitherWarnedAboutNorLogged() {
        new AdminTokenFilter("s3cret-admin-token");

        assertThat(appender.list).noneMatch(e -> e.getLevel() == Level.WARN);
        assertThat(appender.list).noneMatch(e -> e.getFormattedMessage().contains("s3cret-admin-token"));
    }
}
