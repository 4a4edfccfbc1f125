package io.radiant.registry.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.events.*} as the outbox relay's decisions need them; its schedule ({@code relay-enabled},
 * {@code relay-interval-ms}) is read by {@code routes/outbox-relay.camel.yaml} itself.
 *
 * @param busName          REGISTRY_EVENT_BUS_NAME, the EventBridge bus of every event
 * @param relayBatchLimit  events claimed per poll
 * @param retryBaseDelayMs wait after the first failed PutEvents of an event, doubled per further failure …
 * @param retryMaxDelayMs  … up to this
 * @param maxRefusedAttempts attempts in all of an entry EventBridge refuses for good, before it is set aside as dead
 * @param maxDetailBytes   largest detail of one PutEvents entry; longer ones are shortened ({@link EventDetails})
 */
@ConfigurationProperties("registry.events")
public record EventsProperties(String busName, int relayBatchLimit, long retryBaseDelayMs, long retryMaxDelayMs,
                               int maxRefusedAttempts, int maxDetailBytes) {
}
