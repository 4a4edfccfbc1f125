package io.radiant.registry.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.support.EventSchemas;
import org.junit.jupiter.api.Test;

/** The documented schemas accept the contract's shape and refuse what breaks it. */
class EventSchemasTest {

    private static final String COMPLETED = "{\"syncId\":\"7d2c5a4e-1f0b-4c1a-9d43-2b6f0a8e9c11\",\"syncType\":\"full\","
            + "\"providersUpdated\":21,\"modelsAdded\":2,\"modelsUpdated\":3,\"modelsDeprecated\":0,\"durationMs\":812,\"errors\":[]}";

    @Test
    void theSpecsCompletionDetailIsValid() {
        assertThatCode(() -> EventSchemas.assertValid("RegistrySyncCompleted", COMPLETED)).doesNotThrowAnyException();
    }

    @Test
    void aMissingSpecFieldOrAnUnknownSyncTypeIsRefused() {
        assertThatThrownBy(() -> EventSchemas.assertValid("RegistrySyncCompleted", COMPLETED.replace(",\"durationMs\":812", "")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EventSchemas.assertValid("RegistrySyncCompleted", COMPLETED.replace("\"full\"", "\"models\"")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EventSchemas.assertValid("ProviderHealthChanged",
                "{\"providerId\":\"openai\",\"region\":\"us-east-1\",\"previousStatus\":\"healthy\",\"status\":\"sleepy\","
                        + "\"syncId\":\"7d2c5a4e-1f0b-4c1a-9d43-2b6f0a8e9c11\"}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aLearnedLifecycleDateIsValidAndADateThatIsNoDateIsRefused() {
        String learned = "{\"providerId\":\"anthropic\",\"modelId\":\"claude-3-opus-20240229\",\"field\":\"deprecation_date\","
                + "\"oldValue\":null,\"newValue\":\"2026-05-01\",\"source\":\"litellm\","
                + "\"syncId\":\"7d2c5a4e-1f0b-4c1a-9d43-2b6f0a8e9c11\"}";
        assertThatCode(() -> EventSchemas.assertValid("ModelLifecycleChanged", learned)).doesNotThrowAnyException();
        assertThatCode(() -> EventSchemas.assertValid("ModelLifecycleChanged", learned.replace("deprecation_date", "successor_model_id")
                .replace("2026-05-01", "claude-opus-4-1"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> EventSchemas.assertValid("ModelLifecycleChanged", learned.replace("2026-05-01", "soon")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EventSchemas.assertValid("ModelLifecycleChanged", learned.replace("\"litellm\"", "\"rumour\"")))
                .isInstanceOf(AssertionError.class);
    }
}
