package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.radiant.registry.api.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** selectWithFallback on a Ranking, branch by branch, and the metric each branch counts in. */
class ModelSelectorTest {

    static final String AS_OF = "2026-12-01T20:00:00Z";

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ModelSelector selector = new ModelSelector(new SelectionMetrics(registry));
    private final ModelSelectionCriteria chat = new ModelSelectionCriteria("chat", List.of("text"), List.of("text"), 3,
            null, null, null, null, null, null, false);

    @Test
    void everyReasonIsRegisteredAtZeroBeforeAnySelection() {
        assertThat(registry.find("registry.selections").counters()).extracting(c -> c.getId().getTag("reason"))
                .containsExactlyInAnyOrder("primary", "ready_alternative", "primary_needs_warmup", "task_default", "none");
        assertThat(registry.find("registry.selections").counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void aReadyPrimaryIsAnsweredAsIs() {
        Selection s = selector.choose(chat, new Ranking(List.of(model("gpt-4o", "external", null)),
                model("claude", "external", null), null), AS_OF);

        assertThat(s.getModel().modelId()).isEqualTo("gpt-4o");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.PRIMARY);
        assertThat(s.getModel().warmupRequired()).isFalse();
        assertThat(s.getModel().warmupTimeSeconds()).isNull();
        assertThat(s.getModel().litellmId()).isEqualTo("litellm/gpt-4o");
        assertThat(s.getModel().registryAsOf()).isEqualTo(AS_OF);
        assertThat(s.isWarmupNeeded()).isFalse();
        assertThat(count("primary")).isEqualTo(1);
    }

    @Test
    void aColdPrimaryIsWarmedWhileTheReadyAlternativeAnswers() {
        Selection s = selector.choose(chat, new Ranking(List.of(model("llama-cold", "self_hosted", "COLD")),
                model("gpt-4o", "external", null), null), AS_OF);

        assertThat(s.getModel().modelId()).isEqualTo("gpt-4o");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.READY_ALTERNATIVE);
        assertThat(s.getModel().warmingModelId()).isEqualTo("llama-cold");
        assertThat(s.getModel().warmupRequired()).isFalse();
        assertThat(s.getWarmupModelId()).isEqualTo("llama-cold");
        assertThat(count("ready_alternative")).isEqualTo(1);
    }

    @Test
    void withoutAnAlternativeThePrimaryIsAnsweredWithItsWarmUpTime() {
        Selection s = selector.choose(chat, new Ranking(List.of(model("llama-off", "self_hosted", "OFF")), null, null),
                AS_OF);

        assertThat(s.getModel().modelId()).isEqualTo("llama-off");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.PRIMARY_NEEDS_WARMUP);
        assertThat(s.getModel().warmupRequired()).isTrue();
        assertThat(s.getModel().warmupTimeSeconds()).isEqualTo(120);
        assertThat(s.getWarmupModelId()).isEqualTo("llama-off");
        assertThat(count("primary_needs_warmup")).isEqualTo(1);
    }

    @Test
    void withNoPrimaryTheTaskDefaultAnswers() {
        Selection s = selector.choose(chat, new Ranking(List.of(), null, model("gpt-4o-mini", "external", null)), AS_OF);

        assertThat(s.getModel().modelId()).isEqualTo("gpt-4o-mini");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.TASK_DEFAULT);
        assertThat(s.isWarmupNeeded()).isFalse();
        assertThat(count("task_default")).isEqualTo(1);
    }

    @Test
    void aSelfHostedTaskDefaultThatIsColdIsWarmed() {
        Selection s = selector.choose(chat, new Ranking(List.of(), null, model("meshy-v3", "self_hosted", "COLD")), AS_OF);

        assertThat(s.getModel().warmupRequired()).isTrue();
        assertThat(s.getWarmupModelId()).isEqualTo("meshy-v3");
    }

    @Test
    void nothingAtAllIs404AndCountsAsNone() {
        assertThatThrownBy(() -> selector.choose(chat, new Ranking(List.of(), null, null), AS_OF))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("gpt-4o-mini");
        assertThat(count("none")).isEqualTo(1);
        assertThat(count("primary")).isZero();
    }

    private double count(String reason) {
        return registry.get("registry.selections").tag("reason", reason).counter().count();
    }

    static CatalogModel model(String id, String hosting, String thermal) {
        boolean external = hosting.equals("external");
        int readiness = external ? 3 : switch (thermal) {
            case "HOT" -> 0;
            case "WARM" -> 1;
            case "COLD" -> 2;
            default -> 4;
        };
        return new CatalogModel(id, id.toUpperCase(), hosting, external ? "openai" : "self_hosted",
                external ? "OpenAI" : "RADIANT Self-Hosted", external ? "openai" : "radiant self-hosted", "chat", thermal,
                120, external ? "healthy" : null, external ? "litellm/" + id : "sagemaker/" + id, null, null,
                java.util.Set.of("chat"), java.util.Set.of("text"), java.util.Set.of("text"), 128_000, false, 1, true,
                false, null, readiness, external ? 0 : 2);
    }
}
