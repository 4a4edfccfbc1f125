package io.radiant.registry.sync;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Where a triggered sync runs: here (the default), or — with {@code "dispatch": "lambda"} in the request
 * (header {@code syncDispatch}) or {@code registry.sync.dispatch=lambda} — in the sync Lambda function,
 * invoked asynchronously (InvocationType Event) with the spec's payload {@code {"syncType": …}}, as the
 * spec's {@code triggerSync} does. Called by name from the lifecycle's trigger route.
 */
@Component("syncDispatch")
public class SyncDispatch {

    static final String LAMBDA = "lambda";

    private final String configured;
    private final String functionName;

    public SyncDispatch(SyncProperties sync) {
        this.configured = sync.dispatch() == null ? "local" : sync.dispatch().trim().toLowerCase(Locale.ROOT);
        this.functionName = sync.lambdaFunction();
    }

    /** True when this trigger goes to the Lambda function instead of running here. */
    public boolean toLambda(String requested) {
        String dispatch = requested == null || requested.isBlank() ? configured : requested.trim().toLowerCase(Locale.ROOT);
        return LAMBDA.equals(dispatch);
    }

    public InvokeRequest invokeRequest(String syncType) {
        SyncType type = SyncType.parse(syncType).orElseThrow(() -> new IllegalArgumentException(
                "syncType must be one of " + SyncType.allowed() + ", not '" + syncType + "'"));
        String payload = "{\"syncType\":\"" + type.id() + "\"}";
        return InvokeRequest.builder()
                .functionName(functionName)
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromString(payload, StandardCharsets.UTF_8))
                .build();
    }

    /**
     * The trigger's answer for a dispatched sync: the Lambda creates its own sync log row, so there is no
     * syncId here yet (the sync history shows it once the function runs).
     */
    public Map<String, Object> dispatched(String syncType, Object response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Sync dispatched to Lambda function " + functionName);
        body.put("syncType", syncType);
        body.put("syncId", null);
        body.put("dispatch", LAMBDA);
        if (response instanceof InvokeResponse invoke && invoke.statusCode() != null) {
            body.put("lambdaStatus", invoke.statusCode());
        }
        return body;
    }
}
