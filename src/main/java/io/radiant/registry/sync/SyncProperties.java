package io.radiant.registry.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.sync.*} as the dispatch decision needs them; the stale-sync sweep and the thermal sync
 * after a full sync are configured by the same block and read by their routes.
 *
 * @param dispatch       {@code local} (run syncs here) or {@code lambda} (invoke the sync function instead)
 * @param lambdaFunction REGISTRY_SYNC_LAMBDA_FUNCTION, the function a lambda-dispatched sync invokes
 */
@ConfigurationProperties("registry.sync")
public record SyncProperties(String dispatch, String lambdaFunction) {
}
