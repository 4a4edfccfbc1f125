package io.radiant.registry.thermal;

import static io.radiant.registry.thermal.ThermalState.COLD;
import static io.radiant.registry.thermal.ThermalState.HOT;
import static io.radiant.registry.thermal.ThermalState.OFF;
import static io.radiant.registry.thermal.ThermalState.WARM;
import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.sync.SyncReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThermalChangesTest {

    private final ThermalChanges changes = new ThermalChanges();

    @Test
    void aStateThatStaysTheSameIsNoChangeButIsStillWritten() {
        ThermalRow row = row("whisper-large-v3", WARM, null, false);

        ThermalPlan plan = changes.plan(List.of(row), List.of(inService("whisper-large-v3", 1)));

        assertThat(plan.updates()).singleElement().satisfies(u -> {
            assertThat(u.changed()).isFalse();
            assertThat(u.reading().endpointStatus()).isEqualTo("InService");
            assertThat(u.reading().instanceCount()).isEqualTo(1);
        });
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void aNewStateIsAChange() {
        ThermalPlan plan = changes.plan(List.of(row("a", COLD, null, false), row("b", WARM, null, false)),
                List.of(inService("a", 1), notFound("b")));

        assertThat(plan.changes()).extracting(ThermalUpdate::modelId).containsExactly("a", "b");
        assertThat(plan.changes()).extracting(u -> u.reading().state()).containsExactly(WARM, OFF);
    }

    @Test
    void startingOrEndingATransitionIsAChangeEvenInTheSameState() {
        ThermalPlan starting = changes.plan(List.of(row("a", COLD, null, false)), List.of(status("a", "Creating")));
        ThermalPlan ending = changes.plan(List.of(row("a", OFF, null, true)), List.of(status("a", "Failed")));
        ThermalPlan going = changes.plan(List.of(row("a", COLD, null, true)), List.of(status("a", "Creating")));

        assertThat(starting.changes()).singleElement().satisfies(u -> {
            assertThat(u.reading().state()).isEqualTo(COLD);
            assertThat(u.reading().transitioning()).isTrue();
        });
        assertThat(ending.changes()).singleElement().satisfies(u -> assertThat(u.reading().transitioning()).isFalse());
        assertThat(going.changes()).isEmpty();
    }

    @Test
    void aWarmUpRequestIsClearedOnceTheEndpointIsWarmOrHot() {
        ThermalPlan warm = changes.plan(List.of(row("a", COLD, WARM, true)), List.of(inService("a", 1)));
        ThermalPlan hot = changes.plan(List.of(row("a", COLD, WARM, true)), List.of(inService("a", 3)));

        assertThat(warm.changes()).singleElement().satisfies(u -> {
            assertThat(u.reading().state()).isEqualTo(WARM);
            assertThat(u.targetState()).isNull();
            assertThat(u.reading().transitioning()).isFalse();
        });
        assertThat(hot.changes()).singleElement().satisfies(u -> assertThat(u.targetState()).isNull());
    }

    @Test
    void aWarmUpRequestStaysWhileTheEndpointIsNotReady() {
        ThermalPlan creating = changes.plan(List.of(row("a", COLD, WARM, true)), List.of(status("a", "Creating")));
        ThermalPlan missing = changes.plan(List.of(row("a", COLD, WARM, true)), List.of(notFound("a")));

        assertThat(creating.updates()).singleElement().satisfies(u -> {
            assertThat(u.targetState()).isEqualTo(WARM);
            assertThat(u.changed()).isFalse();
        });
        assertThat(missing.updates()).singleElement().satisfies(u -> {
            assertThat(u.targetState()).isEqualTo(WARM);
            assertThat(u.reading().state()).isEqualTo(OFF);
            assertThat(u.changed()).isTrue();
        });
    }

    @Test
    void aTargetIsReachedOnlyByAStateAtLeastAsReady() {
        assertThat(ThermalChanges.targetAfter(WARM, WARM)).isNull();
        assertThat(ThermalChanges.targetAfter(WARM, HOT)).isNull();
        assertThat(ThermalChanges.targetAfter(HOT, WARM)).isEqualTo(HOT);
        assertThat(ThermalChanges.targetAfter(HOT, HOT)).isNull();
        assertThat(ThermalChanges.targetAfter(WARM, COLD)).isEqualTo(WARM);
        assertThat(ThermalChanges.targetAfter(WARM, OFF)).isEqualTo(WARM);
        assertThat(ThermalChanges.targetAfter(COLD, WARM)).isEqualTo(COLD);
        assertThat(ThermalChanges.targetAfter(null, WARM)).isNull();
    }

    @Test
    void anEndpointThatCouldNotBeAskedIsNotWrittenAndIsReported() {
        EndpointObservation throttled = EndpointObservation.failed("llama-3.3-70b", "radiant-llama-3.3-70b", 400,
                "ThrottlingException", "Rate exceeded", "ThrottlingException (HTTP 400) after 3 attempts");

        ThermalPlan plan = changes.plan(List.of(row("llama-3.3-70b", HOT, null, false), row("z", COLD, null, false)),
                List.of(throttled));

        assertThat(plan.updates()).isEmpty();
        assertThat(plan.errors()).containsExactly(
                "llama-3.3-70b: ThrottlingException (HTTP 400) after 3 attempts",
                "z: endpoint not asked, state kept");
    }

    @Test
    void theReportCountsWrittenChangesAndTheStatesAfterTheSync() {
        List<ThermalRow> rows = List.of(
                row("a", COLD, null, false),   // → WARM
                row("b", COLD, null, false),   // → HOT
                row("c", WARM, null, false),   // unreadable, stays WARM
                row("d", OFF, null, false),    // not found, stays OFF
                row("e", COLD, null, false));  // creating, COLD transitioning
        ThermalPlan plan = changes.plan(rows, List.of(inService("a", 1), inService("b", 2),
                EndpointObservation.failed("c", "radiant-c", 500, "InternalFailure", "boom", "InternalFailure (HTTP 500) after 3 attempts"),
                notFound("d"), status("e", "Creating")));

        SyncReport report = changes.report(plan, Map.of("changed", 3, "checked", 1));

        assertThat(report.getModelsUpdated()).isEqualTo(3);
        assertThat(report.getErrors()).containsExactly("c: InternalFailure (HTTP 500) after 3 attempts");
        assertThat(report.getDetails())
                .containsEntry("endpointsChecked", 5)
                .containsEntry("changed", 3)
                .containsEntry("unchanged", 1)
                .containsEntry("unreadable", 1)
                .containsEntry("skippedConcurrentlyChanged", 0)
                .containsEntry("hot", 1)
                .containsEntry("warm", 2)
                .containsEntry("cold", 1)
                .containsEntry("off", 1)
                .containsEntry("transitioning", 1L);
    }

    @Test
    void changesNotWrittenBecauseTheRowMovedMeanwhileAreCountedAsSkipped() {
        ThermalPlan plan = changes.plan(List.of(row("a", COLD, null, false), row("b", COLD, null, false)),
                List.of(inService("a", 1), inService("b", 1)));

        SyncReport report = changes.report(plan, Map.of("changed", 1, "checked", 0));

        assertThat(report.getModelsUpdated()).isEqualTo(1);
        assertThat(report.getDetails()).containsEntry("skippedConcurrentlyChanged", 1);
    }

    @Test
    void rowsOfTheLoadQueryBecomeThermalRows() {
        Map<String, Object> sqlRow = new java.util.HashMap<>();
        sqlRow.put("model_id", "sam-2");
        sqlRow.put("min_instances", 1);
        sqlRow.put("current_state", "WARM");
        sqlRow.put("target_state", null);
        sqlRow.put("is_transitioning", true);
        sqlRow.put("endpoint_status", "Updating");
        sqlRow.put("instance_count", 2);
        sqlRow.put("last_error", null);

        Map<String, Object> unrecorded = new java.util.HashMap<>(sqlRow);
        unrecorded.put("model_id", "new-model");
        unrecorded.put("recorded", false);

        assertThat(changes.rows(List.of(sqlRow, unrecorded))).containsExactly(
                new ThermalRow("sam-2", 1, WARM, null, true, "Updating", 2, null),
                new ThermalRow("new-model", 1, WARM, null, true, "Updating", 2, null, false));
    }

    private static ThermalRow row(String modelId, ThermalState state, ThermalState target, boolean transitioning) {
        return new ThermalRow(modelId, 0, state, target, transitioning, null, null, null);
    }

    private static EndpointObservation inService(String modelId, int instances) {
        return EndpointObservation.described(modelId, "radiant-" + modelId, "InService", instances, null);
    }

    private static EndpointObservation status(String modelId, String status) {
        return EndpointObservation.described(modelId, "radiant-" + modelId, status, 0, null);
    }

    private static EndpointObservation notFound(String modelId) {
        return EndpointObservation.failed(modelId, "radiant-" + modelId, 400, "ValidationException",
                "Could not find endpoint \"radiant-" + modelId + "\".", "ValidationException (HTTP 400)");
    }
}
