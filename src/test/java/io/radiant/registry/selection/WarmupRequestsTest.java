package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

class WarmupRequestsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final WarmupRequests warmups = new WarmupRequests(clock, Duration.ofSeconds(30));

    @Test
    void oneWarmUpPerModelPerQuietPeriod() {
        assertThat(warmups.admit("llama")).isTrue();
        assertThat(warmups.admit("llama")).isFalse();
        assertThat(warmups.admit("mistral")).isTrue();

        now.set(now.get().plusSeconds(29));
        assertThat(warmups.admit("llama")).isFalse();
        now.set(now.get().plusSeconds(1));
        assertThat(warmups.admit("llama")).isTrue();
    }

    @Test
    void onlySelectionsThatNeedAWarmUpAskForOne() {
        SelectedModel ready = new SelectedModel("gpt-4o", "GPT-4o", "external", "openai", "OpenAI", "chat", null, false,
                null, "healthy", "gpt-4o", SelectedModel.PRIMARY, null, "2026-12-01T00:00:00Z");

        assertThat(warmups.shouldWarm(new Selection(ready, null))).isFalse();
        assertThat(warmups.shouldWarm(new Selection(ready, "llama"))).isTrue();
        assertThat(warmups.shouldWarm(new Selection(ready, "llama"))).isFalse();
    }

    @Test
    void theInvokeIsAsynchronousWithModelAndTargetState() throws Exception {
        InvokeRequest request = warmups.invokeRequest("thermal-manager", "llama-3.3-70b");

        assertThat(request.functionName()).isEqualTo("thermal-manager");
        assertThat(request.invocationType()).isEqualTo(InvocationType.EVENT);
        JsonNode payload = new ObjectMapper().readTree(request.payload().asUtf8String());
        assertThat(payload.get("modelId").asText()).isEqualTo("llama-3.3-70b");
        assertThat(payload.get("targetState").asText()).isEqualTo("WARM");
        assertThat(payload.size()).isEqualTo(2);
    }

    @Test
    void thePayloadStaysValidJsonWhateverTheId() throws Exception {
        String odd = "we\"ird\\id\n";
        JsonNode payload = new ObjectMapper().readTree(WarmupRequests.payload(odd));
        assertThat(payload.get("modelId").asText()).isEqualTo(odd);
    }
}
