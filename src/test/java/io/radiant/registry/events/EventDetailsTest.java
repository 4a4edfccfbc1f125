package io.radiant.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Event details bounded for EventBridge, without a database or Camel. */
class EventDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDetailWithinTheLimitIsSentAsItIs() {
        String detail = "{\"providerId\":\"openai\",\"modelId\":\"gpt-4o\"}";
        assertThat(EventDetails.bounded(detail, 1000, JSON)).isSameAs(detail);
    }

    @Test
    void aThreeHundredKilobyteNameIsShortenedAndTheDetailSaysSo() throws Exception {
        ObjectNode d = JSON.createObjectNode().put("providerId", "openai").put("modelId", "gpt-x").put("syncId", "s-1");
        d.putObject("discovered").put("displayName", "é".repeat(300 * 1024)).putArray("capabilities").add("chat");
        String text = d.toString();

        String bounded = EventDetails.bounded(text, 20_000, JSON);

        assertThat(bounded.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
        JsonNode out = JSON.readTree(bounded);
        assertThat(out.get("modelId").asText()).isEqualTo("gpt-x");
        assertThat(out.get("discovered").get("displayName").asText()).hasSize(4096).endsWith("…");
        assertThat(out.get("discovered").get("capabilities").get(0).asText()).isEqualTo("chat");
        assertThat(out.get("truncated").get("strings").asInt()).isEqualTo(1);
        assertThat(out.get("truncated").get("items").asInt()).isZero();
        assertThat(out.get("truncated").get("originalBytes").asInt()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aHugeListIsCutAndCounted() throws Exception {
        ObjectNode d = JSON.createObjectNode().put("providerId", "p");
        var ids = d.putArray("modelIds");
        for (int i = 0; i < 50_000; i++) {
            ids.add("model-" + i);
        }

        JsonNode out = JSON.readTree(EventDetails.bounded(d.toString(), 20_000, JSON));

        assertThat(out.get("modelIds")).hasSize(200);
        assertThat(out.get("modelIds").get(0).asText()).isEqualTo("model-0");
        assertThat(out.get("truncated").get("items").asInt()).isEqualTo(49_800);
    }

    @Test
    void aDetailOfManyKeysKeepsItsTopLevelScalarsOnly() throws Exception {
        ObjectNode d = JSON.createObjectNode().put("providerId", "p").put("count", 7);
        ObjectNode wide = d.putObject("wide");
        for (int i = 0; i < 20_000; i++) {
            wide.put("k" + i, i);
        }

        String bounded = EventDetails.bounded(d.toString(), 2_000, JSON);

        assertThat(bounded.length()).isLessThanOrEqualTo(2_000);
        JsonNode out = JSON.readTree(bounded);
        assertThat(out.get("providerId").asText()).isEqualTo("p");
        assertThat(out.get("count").asInt()).isEqualTo(7);
        assertThat(out.has("wide")).isFalse();
        assertThat(out.get("truncated").has("originalBytes")).isTrue();
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        assertThat(EventDetails.cut("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
        assertThat(EventDetails.cut("short", 10)).isEqualTo("short");
    }
}
