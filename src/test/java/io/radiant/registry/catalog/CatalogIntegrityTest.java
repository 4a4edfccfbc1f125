package io.radiant.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.MigratedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the catalog promises: a consistent, complete set of providers and models. */
class CatalogIntegrityTest {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    @Test
    void twentyOneProvidersWithVersionedHttpsBaseUrlsAndAKnownDiscoveryKind() {
        List<Map<String, Object>> providers = db.jdbc().queryForList(
                "SELECT id, api_base_url, discovery_kind, api_key_env FROM providers");

        assertThat(providers).hasSize(21);
        assertThat(providers).allSatisfy(p -> {
            assertThat((String) p.get("api_base_url")).startsWith("https://").doesNotEndWith("/");
            assertThat((String) p.get("api_key_env")).matches("[A-Z][A-Z0-9_]*");
        });
        assertThat(providers).filteredOn(p -> p.get("id").equals("openai"))
                .singleElement().satisfies(p -> assertThat(p.get("api_base_url")).isEqualTo("https://api.openai.com/v1"));
    }

    @Test
    void atLeastFiftyExternalModelsAndOneHundredSixInAll() {
        int external = db.jdbc().queryForObject("SELECT COUNT(*) FROM models", Integer.class);
        int inView = db.jdbc().queryForObject("SELECT COUNT(*) FROM unified_model_registry", Integer.class);

        assertThat(external).isGreaterThanOrEqualTo(50);
        assertThat(inView).isGreaterThanOrEqualTo(106);
    }

    @Test
    void everyModelsProviderExistsAndNoTwoModelsShareAProviderAndId() {
        assertThat(db.jdbc().queryForObject(
                "SELECT COUNT(*) FROM models m LEFT JOIN providers p ON p.id = m.provider_id WHERE p.id IS NULL",
                Integer.class)).isZero();
        assertThat(db.jdbc().queryForObject(
                "SELECT COUNT(*) FROM (SELECT provider_id, model_id FROM models GROUP BY 1, 2 HAVING COUNT(*) > 1) d",
                Integer.class)).isZero();
    }

    @Test
    void everySelfHostedModelHasAThermalRowStartingCold() {
        assertThat(db.jdbc().queryForObject(
                "SELECT COUNT(*) FROM self_hosted_models s JOIN thermal_states t USING (model_id) WHERE t.current_state = 'COLD'",
                Integer.class)).isEqualTo(56);
    }

    @ParameterizedTest(name = "default for {0} is {1}, enabled, with mode {2}")
    @CsvSource({
            "chat, gpt-4o-mini, chat",
            "completion, gpt-4o-mini, chat",   // the spec maps completion to a chat model; chat models complete
            "embedding, text-embedding-3-small, embedding",
            "image, dall-e-3, image",
            "video, runway-gen3-alpha-turbo, video",
            "audio, tts-1, audio",
            "transcription, whisper-1, transcription",
            "search, perplexity-sonar, search",
            "3d, meshy-v3, 3d",
            "inference, gpt-4o, chat"          // the spec's 'inference' default is a general chat model
    })
    void everyDefaultModelOfGetDefaultModelIsSelectable(String task, String modelId, String mode) {
        List<Map<String, Object>> rows = db.jdbc().queryForList(
                "SELECT primary_mode, hosting_type, deprecated FROM unified_model_registry WHERE model_id = ?", modelId);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("primary_mode")).isEqualTo(mode);
            assertThat(row.get("hosting_type")).isEqualTo("external");
            assertThat(row.get("deprecated")).isEqualTo(false);
        });
    }

    @Test
    void theAnthropicModelsOfTheSpecAreInTheCatalog() {
        List<String> ids = db.jdbc().queryForList(
                "SELECT model_id FROM models WHERE provider_id = 'anthropic'", String.class);

        assertThat(ids).contains("claude-3-opus-20240229", "claude-3-sonnet-20240229", "claude-3-haiku-20240307",
                "claude-3-5-sonnet-20241022", "claude-opus-4-20250514", "claude-sonnet-4-20250514");
    }

    @Test
    void someProvidersOfferHipaaAndSomeDoNot() {
        int hipaa = db.jdbc().queryForObject(
                "SELECT COUNT(*) FROM providers WHERE 'HIPAA' = ANY(compliance)", Integer.class);

        assertThat(hipaa).isBetween(3, 20);
    }

    /**
     * The 56 self-hosted rows are the spec's, value for value: every tuple of 36.3 is compared with the
     * database, so a changed price, tier or array fails here.
     */
    @Test
    void theSelfHostedCatalogIsExactlyTheSpecs() throws Exception {
        Path spec = Path.of("..", "shared", "seeds", "000_39bc22c1fbece1de.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(spec), "the spec is next to the project");
        String text = Files.readString(spec);
        Matcher tuples = Pattern.compile("(?m)^\\('([^']+)',.*\\)[,;]$").matcher(text);
        int checked = 0;
        while (tuples.find()) {
            String tuple = tuples.group().substring(0, tuples.group().length() - 1);
            String modelId = tuples.group(1);
            String columns = columnListOfInsertBefore(text, tuples.start());
            Boolean same = db.jdbc().queryForObject(
                    "SELECT (" + columns + ") IS NOT DISTINCT FROM " + "ROW" + tuple
                            + " FROM self_hosted_models WHERE model_id = ?", Boolean.class, modelId);
            assertThat(same).as("row %s equals the spec", modelId).isTrue();
            checked++;
        }
        assertThat(checked).isEqualTo(56);
    }

    private static String columnListOfInsertBefore(String text, int position) {
        int insert = text.lastIndexOf("INSERT INTO self_hosted_models (", position);
        int open = text.indexOf('(', insert);
        return text.substring(open + 1, text.indexOf(')', open));
    }
}
