package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The definitions the event schemas take from the REST contract (sync summary, sync types, thermal states) hold. */
class EventSharedShapesTest {

    private static final String COMPLETED = "{\"syncId\":\"5b0f7c1e-0000-4000-8000-000000000001\",\"syncType\":\"health\","
            + "\"providersUpdated\":21,\"modelsAdded\":0,\"modelsUpdated\":0,\"modelsDeprecated\":0,\"durationMs\":629,\"errors\":[]}";

    @Test
    void aCompletedSyncPassesWithTheContractsSyncSummary() {
        assertThatCode(() -> EventSchemas.assertValid("RegistrySyncCompleted", COMPLETED)).doesNotThrowAnyException();
    }

    @Test
    void theSyncTypesAreTheContracts() {
        assertThatThrownBy(() -> EventSchemas.assertValid("RegistrySyncCompleted",
                COMPLETED.replace("\"health\"", "\"weekly\""))).isInstanceOf(AssertionError.class);
    }

    @Test
    void anEventCarriesEveryCounterAndNothingElse() {
        assertThatThrownBy(() -> EventSchemas.assertValid("RegistrySyncCompleted",
                COMPLETED.replace("\"modelsAdded\":0", "\"modelsAdded\":null"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EventSchemas.assertValid("RegistrySyncCompleted",
                COMPLETED.replace(",\"durationMs\":629", ""))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EventSchemas.assertValid("RegistrySyncCompleted",
                COMPLETED.replace("{", "{\"apiKey\":\"x\","))).isInstanceOf(AssertionError.class);
    }

    @Test
    void thermalStatesAreTheContracts() {
        String changed = "{\"modelId\":\"llama-3.3-70b\",\"endpointName\":\"radiant-llama-3.3-70b\",\"previousState\":\"COLD\","
                + "\"currentState\":\"%s\",\"wasTransitioning\":false,\"isTransitioning\":false,\"previousTargetState\":null,"
                + "\"targetState\":null,\"endpointStatus\":\"InService\",\"instanceCount\":1,\"failureReason\":null,"
                + "\"syncId\":\"5b0f7c1e-0000-4000-8000-000000000001\",\"changedAt\":\"2026-12-01T21:00:49Z\"}";
        assertThatThrownBy(() -> EventSchemas.assertValid("ThermalStateChanged", changed.formatted("TEPID")))
                .isInstanceOf(AssertionError.class);
    }
}
