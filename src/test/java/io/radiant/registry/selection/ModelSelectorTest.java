package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.api.NotFoundException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** selectWithFallback on the rows of select_model_candidates(), branch by branch. */
class ModelSelectorTest {

    private final ModelSelector selector = new ModelSelector();
    private final ModelSelectionCriteria chat = new ModelSelectionCriteria("chat", List.of("text"), List.of("text"), 3,
            null, null, null, null, null, null, false);

    @Test
    void aReadyPrimaryIsAnsweredAsIs() {
        Selection s = selector.choose(chat, List.of(
                row("primary", 1, "gpt-4o", "external", null, false),
                row("alternative", null, "claude", "external", null, false)));

        assertThat(s.getModel().modelId()).isEqualTo("gpt-4o");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.PRIMARY);
        assertThat(s.getModel().warmupRequired()).isFalse();
        assertThat(s.getModel().warmupTimeSeconds()).isNull();
        assertThat(s.getModel().litellmId()).isEqualTo("litellm/gpt-4o");
        assertThat(s.isWarmupNeeded()).isFalse();
    }

    @Test
    void theBestRankedPrimaryWinsWhateverTheRowOrder() {
        Selection s = selector.choose(chat, List.of(
                row("primary", 2, "second", "external", null, false),
                row("primary", 1, "first", "external", null, false)));

        assertThat(s.getModel().modelId()).isEqualTo("first");
    }

    @Test
    void aColdPrimaryIsWarmedWhileTheReadyAlternativeAnswers() {
        Selection s = selector.choose(chat, List.of(
                row("primary", 1, "llama-cold", "self_hosted", "COLD", true),
                row("alternative", null, "gpt-4o", "external", null, false)));

        assertThat(s.getModel().modelId()).isEqualTo("gpt-4o");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.READY_ALTERNATIVE);
        assertThat(s.getModel().warmingModelId()).isEqualTo("llama-cold");
        assertThat(s.getModel().warmupRequired()).isFalse();
        assertThat(s.getWarmupModelId()).isEqualTo("llama-cold");
    }

    @Test
    void withoutAnAlternativeThePrimaryIsAnsweredWithItsWarmUpTime() {
        Selection s = selector.choose(chat, List.of(row("primary", 1, "llama-off", "self_hosted", "OFF", true)));

        assertThat(s.getModel().modelId()).isEqualTo("llama-off");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.PRIMARY_NEEDS_WARMUP);
        assertThat(s.getModel().warmupRequired()).isTrue();
        assertThat(s.getModel().warmupTimeSeconds()).isEqualTo(120);
        assertThat(s.getModel().thermalState()).isEqualTo("OFF");
        assertThat(s.getWarmupModelId()).isEqualTo("llama-off");
    }

    @Test
    void withNoPrimaryTheTaskDefaultAnswers() {
        Selection s = selector.choose(chat, List.of(row("default", null, "gpt-4o-mini", "external", null, false)));

        assertThat(s.getModel().modelId()).isEqualTo("gpt-4o-mini");
        assertThat(s.getModel().selectionReason()).isEqualTo(SelectedModel.TASK_DEFAULT);
        assertThat(s.isWarmupNeeded()).isFalse();
    }

    @Test
    void anAlternativeAloneIsNotAnAnswer() {
        // the alternative stands in for a primary that needs warming; it never replaces "nothing matched"
        assertThatThrownBy(() -> selector.choose(chat, List.of(row("alternative", null, "gpt-4o", "external", null, false))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nothingAtAllIsA404NamingTheTaskAndItsDefault() {
        assertThatThrownBy(() -> selector.choose(chat, List.of()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("chat").hasMessageContaining("gpt-4o-mini")
                .extracting(e -> ((NotFoundException) e).getStatus()).isEqualTo(404);
    }

    @Test
    void missingHealthAndLitellmIdGetTheSpecsFallbacks() {
        Map<String, Object> r = row("primary", 1, "bare", "external", null, false);
        r.put("health_status", null);
        r.put("litellm_id", null);

        SelectedModel m = selector.choose(chat, List.of(r)).getModel();

        assertThat(m.healthStatus()).isEqualTo("unknown");
        assertThat(m.litellmId()).isEqualTo("bare");
    }

    @Test
    void everyTaskHasTheSpecsDefaultModel() {
        assertThat(DefaultModels.forTask("chat")).isEqualTo("gpt-4o-mini");
        assertThat(DefaultModels.forTask("completion")).isEqualTo("gpt-4o-mini");
        assertThat(DefaultModels.forTask("embedding")).isEqualTo("text-embedding-3-small");
        assertThat(DefaultModels.forTask("image")).isEqualTo("dall-e-3");
        assertThat(DefaultModels.forTask("video")).isEqualTo("runway-gen3-alpha-turbo");
        assertThat(DefaultModels.forTask("audio")).isEqualTo("tts-1");
        assertThat(DefaultModels.forTask("transcription")).isEqualTo("whisper-1");
        assertThat(DefaultModels.forTask("search")).isEqualTo("perplexity-sonar");
        assertThat(DefaultModels.forTask("3d")).isEqualTo("meshy-v3");
        assertThat(DefaultModels.forTask("inference")).isEqualTo("gpt-4o");
    }

    private static Map<String, Object> row(String role, Integer rank, String modelId, String hosting, String thermal,
                                           boolean warmupRequired) {
        Map<String, Object> r = new HashMap<>();
        r.put("role", role);
        r.put("candidate_rank", rank);
        r.put("model_id", modelId);
        r.put("display_name", modelId.toUpperCase());
        r.put("hosting_type", hosting);
        r.put("provider_id", hosting.equals("external") ? "openai" : "self_hosted");
        r.put("provider_name", hosting.equals("external") ? "OpenAI" : "RADIANT Self-Hosted");
        r.put("primary_mode", "chat");
        r.put("thermal_state", thermal);
        r.put("warmup_required", warmupRequired);
        r.put("warmup_time_seconds", hosting.equals("external") ? null : 120);
        r.put("health_status", "healthy");
        r.put("litellm_id", "litellm/" + modelId);
        r.put("avg_latency_ms", 100);
        r.put("estimated_cost_per_request", new BigDecimal("0.01"));
        return r;
    }
}
