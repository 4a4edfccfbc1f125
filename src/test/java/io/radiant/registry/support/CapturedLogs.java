package io.radiant.registry.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the service while it is open, at INFO and above whatever the test profile's levels say;
 * closing it puts the root logger back as it was. The events stay readable after closing.
 */
public final class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Level levelBefore = root.getLevel();

    private CapturedLogs() {
        appender.start();
        root.setLevel(Level.INFO);
        root.addAppender(appender);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    /**
     * The events so far, as a copy: the service's threads go on logging while a test iterates. The appender
     * appends under its own lock (AppenderBase.doAppend), so copying under that lock sees no half-added list.
     */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(levelBefore);
    }
}
