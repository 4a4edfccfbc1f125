package io.radiant.registry.sync;

import java.util.Set;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The clean stop of an instance (SIGTERM, or any close of the Spring context), as one step of Spring Boot's
 * graceful shutdown: take no new syncs, let the running ones finish within
 * {@code registry.sync.shutdown.grace-period}, close those that did not as failed (with their
 * RegistrySyncFailed events), then give the outbox relay one last pass so those events — and the completions
 * of the syncs that did finish — leave before the process does.
 *
 * <p>Its phase puts it after the web server's graceful shutdown (no new HTTP requests) and before the web
 * server and the Camel context stop (phases {@code Integer.MAX_VALUE - 2048} and {@code - 2049}), so the sync
 * routes, the relay and the database are all still there while it waits.
 */
@Component
public class SyncShutdown implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 1536;
    private static final Logger LOG = LoggerFactory.getLogger(SyncShutdown.class);

    private final SyncLeases leases;
    private final SyncShutdownProperties properties;
    private final ProducerTemplate producer;
    private volatile boolean running;

    public SyncShutdown(SyncLeases leases, SyncShutdownProperties properties, ProducerTemplate producer) {
        this.leases = leases;
        this.properties = properties;
        this.producer = producer;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        leases.stopAdmitting();
        try {
            Set<String> left = leases.running();
            if (!left.isEmpty()) {
                LOG.info("Stopping: waiting up to {} for {} running sync(s) to finish", properties.gracePeriod(), left.size());
                left = leases.awaitEnd(properties.gracePeriod());
            }
            if (!left.isEmpty()) {
                release(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(leases.running());
        } finally {
            lastRelayPass();
            running = false;
        }
    }

    private void release(Set<String> left) {
        String reason = "instance stopped: the sync did not finish within the shutdown grace period of "
                + properties.gracePeriod().toSeconds() + " s";
        try {
            Object released = producer.requestBody("direct:sync-release", reason);
            LOG.warn("Stopping: closed {} sync(s) as failed that did not finish in time: {}", released, left);
        } catch (RuntimeException e) {
            // the database may be gone too; the rows' leases then run out and another instance closes them
            LOG.warn("Stopping: could not close the unfinished syncs {} ({}); their leases will expire", left, e.getMessage());
        }
    }

    private void lastRelayPass() {
        try {
            producer.sendBody("direct:outbox-relay-last-pass", null);
        } catch (RuntimeException e) {
            LOG.warn("Stopping: the outbox relay's last pass failed ({}); the events stay in the outbox for the next instance",
                    e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
