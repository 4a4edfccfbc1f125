package io.radiant.registry.selection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.selection.*} (config/application.yaml holds the defaults and says why).
 *
 * @param candidateLimit ranked primaries considered per selection (select_model() keeps the spec's 10)
 * @param explainLimit most ranked and most rejected models listed by explain (DESIGN.md §4.1: 100)
 * @param warmupLambdaFunction thermal-manager function invoked on warm-up; empty: database only
 * @param warmupQuietPeriod one warm-up per model per quiet period reaches the queue
 * @param warmupRetryAfterSeconds a model still transitioning is asked again only after this long
 * @param warmupQueueSize bound of the background warm-up queue
 * @param warmupConsumers threads working the warm-up queue
 * @param pendingWarmupsMax warm-ups kept while the database is unreachable; more are logged as dropped
 * @param warmupReplayInterval how often kept warm-ups are retried once the database answers again
 * @param fullReloadInterval safety net: the whole catalog is reloaded this often even with no notification
 * @param minReloadInterval a burst of changes (a sync) costs at most one reload per this interval
 * @param reconnectDelay wait between attempts to reach the database after the listening connection broke
 * @param primingRequests explain requests the instance sends its own selection path before it reports ready
 * @param primingTimeLimit readiness waits at most this long for priming
 */
@ConfigurationProperties(prefix = "registry.selection")
public record SelectionProperties(
        int candidateLimit,
        int explainLimit,
        String warmupLambdaFunction,
        Duration warmupQuietPeriod,
        int warmupRetryAfterSeconds,
        int warmupQueueSize,
        int warmupConsumers,
        int pendingWarmupsMax,
        Duration warmupReplayInterval,
        Duration fullReloadInterval,
        Duration minReloadInterval,
        Duration reconnectDelay,
        int primingRequests,
        Duration primingTimeLimit) {
}
