package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.sync.SyncReport;
import io.radiant.registry.system.SecretRedactor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.radiant.registry.support.UpstreamLimits;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The decisions of the full sync, one per route step, without Camel or a database. */
class FullSyncReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretRedactor redactor = new SecretRedactor("");
    private final FullSyncReports reports = new FullSyncReports(
            new ProviderCredentials(new MockEnvironment().withProperty("OPENAI_API_KEY", "sk-test-openai-0123456789"),
                    redactor, JSON),
            redactor);

    @Test
    void aProviderWithoutItsKeyIsSkippedAndSaysWhichVariable() {
        assertThat(reports.skippedWithoutKey(provider("p-keyed", "openai-compatible", "OPENAI_API_KEY"))).isNull();

        ProviderOutcome skipped = reports.skippedWithoutKey(provider("p-unset", "openai-compatible", "UNSET_API_KEY"));

        assertThat(skipped.status()).isEqualTo(ProviderOutcome.Status.SKIPPED);
        assertThat(skipped.error()).isEqualTo("skipped: API key variable UNSET_API_KEY is not set");
    }

    @Test
    void anEmptyListIsItsOwnOutcomeAndAReadListTakesTheDiffFigures() {
        ProviderListing empty = listing("p-empty", "{\"data\": []}");
        ProviderListing read = listing("p-read", "{\"data\": [{\"id\": \"m-1\"}, {\"id\": \"m-2\"}]}");

        assertThat(reports.outcome(empty, null).status()).isEqualTo(ProviderOutcome.Status.EMPTY);
        ProviderOutcome synced = reports.outcome(read, Map.of("added", 2, "updated", 0, "deprecated", 1));
        assertThat(synced.status()).isEqualTo(ProviderOutcome.Status.SYNCED);
        assertThat(synced.listed()).isEqualTo(2);
        assertThat(synced.added()).isEqualTo(2);
        assertThat(synced.deprecated()).isEqualTo(1);
    }

    @Test
    void whatTheChurnGuardHeldIsAnErrorLineAndCountedInTheDetails() {
        ProviderOutcome held = reports.outcome(listing("p-held", "{\"data\": [{\"id\": \"m-1\"}]}"),
                Map.of("held", 2, "retirements_held", 16, "dropping", 18, "discoveries_held", 50_000));

        assertThat(held.error()).contains("churn guard: 18 models would leave selection at once; 2 deprecation(s) and "
                + "16 retirement(s) held for review").contains("50000 new ids held for review as one decision");
        assertThat(held.toDetail()).containsEntry("retirementsHeldForReview", 16)
                .containsEntry("newIdsHeldForReview", 50_000).containsEntry("heldForReview", 2);
        assertThat(reports.report(List.of(held), List.of()).getDetails())
                .containsEntry("retirementsHeldForReview", 16).containsEntry("newIdsHeldForReview", 50_000);
    }

    @Test
    void theReportNamesTheProvidersWithoutAModelListAndOnlyTheProblemsAsErrors() {
        List<Map<String, Object>> enabled = List.of(provider("p-b", "openai-compatible", "OPENAI_API_KEY"),
                provider("p-curated-2", "none", null), provider("p-a", "openai-compatible", "UNSET_API_KEY"),
                provider("p-curated-1", "none", null));
        List<Map<String, Object>> discoverable = reports.discoverable(enabled);
        assertThat(discoverable).extracting(p -> p.get("id")).containsExactly("p-b", "p-a");

        SyncReport report = reports.report(List.of(
                reports.outcome(listing("p-b", "{\"data\": [{\"id\": \"m-1\"}]}"), Map.of("added", 1)),
                reports.skippedWithoutKey(discoverable.get(1))), enabled);

        assertThat(report.getProvidersUpdated()).isEqualTo(1);
        assertThat(report.getModelsAdded()).isEqualTo(1);
        assertThat(report.getErrors()).containsExactly("p-a: skipped: API key variable UNSET_API_KEY is not set");
        assertThat(report.getDetails()).containsEntry("withoutModelList", List.of("p-curated-1", "p-curated-2"));
        Map<?, ?> perProvider = (Map<?, ?>) report.getDetails().get("providers");
        assertThat(new ArrayList<Object>(perProvider.keySet())).containsExactly("p-a", "p-b");
    }

    private static ProviderListing listing(String providerId, String onlyPage) {
        ProviderListing listing = new ProviderListing(providerId, "http://127.0.0.1:1/v1",
                ModelListings.parserFor("openai-compatible"), "", "", 100, 50, JSON, UpstreamLimits.defaults());
        listing.accept(onlyPage);
        return listing;
    }

    private static Map<String, Object> provider(String id, String kind, String keyVariable) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("discovery_kind", kind);
        row.put("api_key_env", keyVariable);
        row.put("api_base_url", "http://127.0.0.1:1/v1");
        return row;
    }
}
