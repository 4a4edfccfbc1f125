package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What priming sends, and what readiness says meanwhile. */
class SelectionPathPrimingBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onePlainAndOneSelfHostedCriteriaPerTaskTheCatalogHoldsAllValid() {
        RegistrySnapshot snapshot = new RegistrySnapshot(Instant.parse("2026-12-02T00:00:00Z"), List.of(
                model("gpt", "chat", Set.of("text", "image"), Set.of("text")),
                model("whisper", "transcription", Set.of("audio"), Set.of("text")),
                model("no-modalities", "embedding", Set.of(), Set.of())));

        List<String> bodies = SelectionPathPriming.bodies(snapshot, JSON);

        assertThat(bodies).hasSize(4);
        SelectionCriteriaParser parser = new SelectionCriteriaParser();
        List<ModelSelectionCriteria> criteria = bodies.stream().map(b -> parser.parse(b, "application/json")).toList();
        assertThat(criteria).extracting(ModelSelectionCriteria::task)
                .containsExactly("chat", "chat", "transcription", "transcription");
        assertThat(criteria.get(0).inputModality()).containsExactlyInAnyOrder("text", "image");
        assertThat(criteria.get(0).preferHosting()).isEqualTo("any");
        assertThat(criteria.get(1).preferHosting()).isEqualTo(CatalogModel.SELF_HOSTED);
        assertThat(criteria.get(3).inputModality()).containsExactly("audio");
    }

    @Test
    void readinessIsDownUntilPrimingIsOverAndUpWithoutPriming() {
        SelectionData data = new SelectionData();
        data.install(new RegistrySnapshot(Instant.now(), List.of(model("gpt", "chat", Set.of("text"), Set.of("text")))));

        SelectionPathPriming pending = new SelectionPathPriming(data, () -> true, JSON, 10, Duration.ofSeconds(1));
        Health priming = new SelectionHealthIndicator(data, new PendingWarmups(10), pending, java.time.Clock.systemUTC())
                .health();
        assertThat(priming.getStatus()).isEqualTo(Status.DOWN);
        assertThat(priming.getDetails()).containsEntry("reason", "priming the selection path")
                .containsEntry("primingRequests", "0 of 10");

        SelectionPathPriming none = new SelectionPathPriming(data, () -> true, JSON, 0, Duration.ofSeconds(1));
        assertThat(none.isDone()).isTrue();
        assertThat(new SelectionHealthIndicator(data, new PendingWarmups(10), none, java.time.Clock.systemUTC())
                .health().getStatus()).isEqualTo(Status.UP);
    }

    private static CatalogModel model(String id, String task, Set<String> in, Set<String> out) {
        return new CatalogModel(id, id, CatalogModel.EXTERNAL, "openai", "OpenAI", "openai", task, null, null,
                "healthy", null, 100, BigDecimal.ONE, Set.of(), in, out, 128_000, false, 1, true, false, null, 3, 0);
    }
}
