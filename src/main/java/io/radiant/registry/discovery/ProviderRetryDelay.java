package io.radiant.registry.discovery;

import io.radiant.registry.upstream.SyncDeadline;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Runs when a provider call fails (the {@code onExceptionOccurred} hook of the discovery error handling) and
 * sets the delay of the coming redelivery from the provider's {@code Retry-After} / {@code retry-after-ms},
 * else exponential backoff ({@link RetryPolicy}). Camel's redelivery reads it from the CamelRedeliveryDelay
 * header; the message is restored from its pre-call copy before the redelivery, so the header does not linger.
 */
public class ProviderRetryDelay implements Processor {

    private final RetryPolicy policy;

    public ProviderRetryDelay(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getException() != null
                ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        int attempt = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1;
        String retryAfter = null;
        String retryAfterMs = null;
        if (failure instanceof HttpOperationFailedException http && http.getResponseHeaders() != null) {
            retryAfter = header(http, "Retry-After");
            retryAfterMs = header(http, "retry-after-ms");
        }
        long delay = policy.delayMillis(attempt, retryAfter, retryAfterMs, Instant.now());
        // never wait past the sync's upstream deadline: the retry would not be made then anyway
        if (exchange.getVariable("upstreamDeadline") instanceof SyncDeadline deadline) {
            delay = Math.max(0, Math.min(delay, deadline.remainingNanos(System.nanoTime()) / 1_000_000));
        }
        exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, delay);
    }

    private static String header(HttpOperationFailedException http, String name) {
        return http.getResponseHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(java.util.Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
