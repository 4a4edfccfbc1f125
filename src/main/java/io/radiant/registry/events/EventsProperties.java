package io.radiant.registry.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.events.*} as the outbox relay's decisions need them; its schedule ({@code relay-enabled},
 * {@code relay-interval-ms}) is read by {@code routes/outbox-relay.yaml} itself.
 *
 * @param busName          REGISTRY_EVENT_BUS_NAME, the EventBridge bus of every event
 * @param relayBatchLimit  events claimed per poll
 * @param retryBaseDelayMs wait after the first failed PutEvents of an event, doubled per further failure …
 * @param retryMaxDelayMs  … up to this
 */
@ConfigurationProperties("registry.events")
public record EventsProperties(String busName, int relayBatchLimit, long retryBaseDelayMs, long retryMaxDelayMs) {
}
