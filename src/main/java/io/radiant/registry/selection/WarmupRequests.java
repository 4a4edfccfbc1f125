package io.radiant.registry.selection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/**
 * Warm-up requests triggered by selection. A busy selection path asks to warm the same model many times
 * a second; {@link #admit} lets one request per model through per quiet period so the background queue
 * and the database see one warm-up, not one per selection (the SQL update is idempotent as well).
 */
public class WarmupRequests {

    private final Clock clock;
    private final Duration quietPeriod;
    private final Map<String, Instant> lastAdmitted = new ConcurrentHashMap<>();

    public WarmupRequests(Clock clock, Duration quietPeriod) {
        this.clock = clock;
        this.quietPeriod = quietPeriod;
    }

    /** True when the selection asks for a warm-up that {@link #admit(String)} lets through. */
    public boolean shouldWarm(Selection selection) {
        return selection.isWarmupNeeded() && admit(selection.getWarmupModelId());
    }

    /** True when no warm-up of {@code modelId} was admitted within the quiet period. */
    public boolean admit(String modelId) {
        Instant now = clock.instant();
        Instant last = lastAdmitted.get(modelId);
        if (last != null && now.isBefore(last.plus(quietPeriod))) {
            // the common case on a busy path: a lock-free read, no contention on the model's map entry
            return false;
        }
        boolean[] admitted = {false};
        lastAdmitted.compute(modelId, (id, current) -> {
            if (current == null || !now.isBefore(current.plus(quietPeriod))) {
                admitted[0] = true;
                return now;
            }
            return current;
        });
        return admitted[0];
    }

    /** The asynchronous (InvocationType Event) invoke of the thermal-manager function for one model. */
    public InvokeRequest invokeRequest(String functionName, String modelId) {
        return InvokeRequest.builder()
                .functionName(functionName)
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload(modelId)))
                .build();
    }

    /** {@code {"modelId": "...", "targetState": "WARM"}}. */
    static String payload(String modelId) {
        StringBuilder json = new StringBuilder("{\"modelId\":\"");
        for (char c : modelId.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append("\",\"targetState\":\"WARM\"}").toString();
    }
}
