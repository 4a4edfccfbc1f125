package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.radiant.registry.support.UpstreamLimits;
import org.junit.jupiter.api.Test;

class ModelListParsersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ModelPage parse(ModelListParser parser, String fixture) throws Exception {
        return parser.parse(JSON.readTree(Fixtures.read(fixture)), UpstreamLimits.values());
    }

    private static Map<String, DiscoveredModel> byId(ModelPage page) {
        return page.models().stream().collect(Collectors.toMap(DiscoveredModel::modelId, Function.identity()));
    }

    @Test
    void openAiListGivesEveryIdAndNoNextPage() throws Exception {
        ModelPage page = parse(new OpenAiCompatibleListParser(), "providers/openai/models.json");

        assertThat(page.models()).extracting(DiscoveredModel::modelId)
                .contains("gpt-4o", "gpt-4o-mini", "text-embedding-3-small", "dall-e-3", "tts-1", "whisper-1", "o3-mini")
                .hasSize(10);
        assertThat(page.nextCursor()).isNull();
        Map<String, DiscoveredModel> models = byId(page);
        assertThat(models.get("text-embedding-3-small").suggestedCategory()).isEqualTo("embedding");
        assertThat(models.get("whisper-1").suggestedCategory()).isEqualTo("speech_to_text");
        assertThat(models.get("dall-e-3").suggestedCategory()).isEqualTo("image_generation");
        assertThat(models.get("o3-mini").suggestedCategory()).isEqualTo("reasoning");
    }

    @Test
    void deepSeekWithoutCreatedIsReadLikeOpenAi() throws Exception {
        ModelPage page = parse(new OpenAiCompatibleListParser(), "providers/deepseek/models.json");

        assertThat(page.models()).extracting(DiscoveredModel::modelId).containsExactly("deepseek-chat", "deepseek-reasoner");
    }

    @Test
    void mistralExtrasGiveContextWindowCapabilitiesAndDeprecationButNotTheIdAsName() throws Exception {
        Map<String, DiscoveredModel> models = byId(parse(new OpenAiCompatibleListParser(), "providers/mistral/models.json"));

        DiscoveredModel large = models.get("mistral-large-2411");
        assertThat(large.contextWindow()).isEqualTo(131072);
        assertThat(large.displayName()).isNull();
        assertThat(large.capabilities()).contains("chat", "function_calling");
        assertThat(models.get("codestral-2501").capabilities()).contains("code_completion");
        // Mistral's "deprecation" is the date it stops serving the model: the retirement, as a UTC day
        assertThat(models.get("open-mixtral-8x7b").lifecycle())
                .isEqualTo(new ListedLifecycle("2025-03-30", "mistral-small-latest", List.of()));
        assertThat(models.get("open-mixtral-8x7b").toRow()).containsEntry("retirement_date", "2025-03-30")
                .containsEntry("successor_model_id", "mistral-small-latest");
        assertThat(large.lifecycle()).isSameAs(ListedLifecycle.NONE);
    }

    @Test
    void openAiShutdownDateIsTheRetirementDateAndANullOneIsNoDate() throws Exception {
        Map<String, DiscoveredModel> models = byId(parse(new OpenAiCompatibleListParser(),
                "providers/openai/models.json"));
        assertThat(models.get("o3-mini").lifecycle()).isSameAs(ListedLifecycle.NONE);

        Map<String, DiscoveredModel> dated = byId(new OpenAiCompatibleListParser().parse(JSON.readTree(
                "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4.5-preview\",\"shutdown_date\":\"2025-07-14\"},"
                        + "{\"id\":\"gpt-4-0613\",\"shutdown_date\":1774483200},"
                        + "{\"id\":\"gpt-old\",\"shutdown_date\":\"1774483200000\"}]}"), UpstreamLimits.values()));

        assertThat(dated.get("gpt-4.5-preview").lifecycle().retirementDate()).isEqualTo("2025-07-14");
        assertThat(dated.get("gpt-4-0613").lifecycle().retirementDate()).isEqualTo("2026-03-26");
        assertThat(dated.get("gpt-old").lifecycle().retirementDate()).isEqualTo("2026-03-26");
        assertThat(dated.get("gpt-4.5-preview").toDiscovered()).containsEntry("retirementDate", "2025-07-14")
                .doesNotContainKey("deprecationDate");
    }

    @Test
    void datesAreReadAsTheirUtcDayAndGarbledOnesAreLeftOutAndDescribed() throws Exception {
        assertThat(ListedLifecycle.date(JSON.readTree("\"2026-08-31T12:00:00Z\""), UpstreamLimits.defaults())).isEqualTo("2026-08-31");
        assertThat(ListedLifecycle.date(JSON.readTree("\"2026-08-31T23:30:00-02:00\""), UpstreamLimits.defaults())).isEqualTo("2026-09-01");
        assertThat(ListedLifecycle.date(JSON.readTree("\"2026-08-31T12:00:00\""), UpstreamLimits.defaults())).isEqualTo("2026-08-31");
        assertThat(ListedLifecycle.date(JSON.readTree("\"2026-08-31 12:00:00+00:00\""), UpstreamLimits.defaults())).isEqualTo("2026-08-31");
        for (String garbled : List.of("\"soon\"", "\"2025-02-30\"", "\"31/08/2026\"", "\"2026-08-31Tnoon\"", "true",
                "{\"at\":\"2026-08-31\"}", "-5", "0", "\"1899-12-31\"", "99999999999999999999")) {
            assertThat(ListedLifecycle.date(JSON.readTree(garbled), UpstreamLimits.defaults())).as(garbled).isNull();
        }

        ListedLifecycle read = ListedLifecycle.of(JSON.readTree(
                "{\"id\":\"m-1\",\"deprecation\":\"next spring\",\"deprecation_replacement_model\":\"m-2\"}"), "m-1", UpstreamLimits.defaults());

        assertThat(read.retirementDate()).isNull();
        assertThat(read.successorModelId()).isEqualTo("m-2");
        assertThat(read.unreadable()).containsExactly("m-1: deprecation 'next spring' is not a date");
        assertThat(ListedLifecycle.of(JSON.readTree("{\"id\":\"m-1\",\"deprecation_replacement_model\":7}"), "m-1", UpstreamLimits.defaults())
                .unreadable()).containsExactly("m-1: deprecation_replacement_model 7 is not a model id");
        // a model named as its own replacement says nothing
        assertThat(ListedLifecycle.of(JSON.readTree("{\"deprecation_replacement_model\":\"m-1\"}"), "m-1", UpstreamLimits.defaults()))
                .isSameAs(ListedLifecycle.NONE);
    }

    @Test
    void aGarbledDateCostsThatValueOnlyAndTheListingNamesIt() throws Exception {
        ModelPage page = new OpenAiCompatibleListParser().parse(JSON.readTree("{\"data\":["
                + "{\"id\":\"m-1\",\"shutdown_date\":\"\\u0007tomorrow\"},{\"id\":\"m-2\",\"context_length\":8192}]}"), UpstreamLimits.values());

        assertThat(page.models()).extracting(DiscoveredModel::modelId).containsExactly("m-1", "m-2");
        assertThat(page.models().get(0).lifecycle().unreadable()).containsExactly("m-1: shutdown_date '?tomorrow' is not a date");
        assertThat(page.models().get(1).contextWindow()).isEqualTo(8192);
    }

    @Test
    void togetherBareArrayGivesDisplayNameContextAndPricesPerThousandFromPerMillion() throws Exception {
        Map<String, DiscoveredModel> models = byId(parse(new OpenAiCompatibleListParser(), "providers/together/models.json"));

        DiscoveredModel llama = models.get("meta-llama/Llama-3.3-70B-Instruct-Turbo");
        assertThat(llama.displayName()).isEqualTo("Llama 3.3 70B Instruct Turbo");
        assertThat(llama.contextWindow()).isEqualTo(131072);
        assertThat(llama.inputCostPer1k()).isEqualByComparingTo(new BigDecimal("0.00088"));
        assertThat(models.get("BAAI/bge-large-en-v1.5").suggestedCategory()).isEqualTo("embedding");
    }

    @Test
    void openRouterStringPricesPerTokenBecomePerThousand() throws Exception {
        Map<String, DiscoveredModel> models = byId(parse(new OpenAiCompatibleListParser(), "providers/openrouter/models.json"));

        DiscoveredModel gpt4o = models.get("openai/gpt-4o");
        assertThat(gpt4o.displayName()).isEqualTo("OpenAI: GPT-4o");
        assertThat(gpt4o.inputCostPer1k()).isEqualByComparingTo(new BigDecimal("0.0025"));
        assertThat(gpt4o.outputCostPer1k()).isEqualByComparingTo(new BigDecimal("0.01"));
        assertThat(gpt4o.maxOutput()).isEqualTo(16384);
        assertThat(gpt4o.inputModalities()).containsExactly("text", "image");
        assertThat(gpt4o.suggestedCategory()).isEqualTo("vision_llm");
    }

    @Test
    void anthropicPagesContinueAfterTheLastIdWhileHasMore() throws Exception {
        ModelPage first = parse(new AnthropicListParser(), "providers/anthropic/models-page1.json");
        ModelPage second = parse(new AnthropicListParser(), "providers/anthropic/models-page2.json");

        assertThat(first.nextCursor()).isEqualTo("claude-sonnet-4-20250514");
        assertThat(first.models().get(0).displayName()).isEqualTo("Claude Opus 4");
        assertThat(second.nextCursor()).isNull();
        assertThat(second.models()).extracting(DiscoveredModel::modelId)
                .containsExactly("claude-3-5-sonnet-20241022", "claude-3-haiku-20240307");
    }

    @Test
    void googleStripsTheModelsPrefixAndFollowsPageTokens() throws Exception {
        ModelPage first = parse(new GoogleListParser(), "providers/google/models-page1.json");
        ModelPage second = parse(new GoogleListParser(), "providers/google/models-page2.json");

        assertThat(first.nextCursor()).isEqualTo("Cg5tb2RlbHMvZ2VtaW5p");
        DiscoveredModel flash = byId(first).get("gemini-2.5-flash");
        assertThat(flash.displayName()).isEqualTo("Gemini 2.5 Flash");
        assertThat(flash.contextWindow()).isEqualTo(1048576);
        assertThat(flash.maxOutput()).isEqualTo(65536);
        assertThat(second.nextCursor()).isNull();
        assertThat(second.models().get(0).modelId()).isEqualTo("text-embedding-004");
        assertThat(second.models().get(0).suggestedCategory()).isEqualTo("embedding");
    }

    @Test
    void googleAnswerWithoutModelsIsAnEmptyPage() throws Exception {
        ModelPage page = new GoogleListParser().parse(JSON.readTree("{}"), UpstreamLimits.values());

        assertThat(page.models()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void cohereFollowsPageTokensAndReadsEndpoints() throws Exception {
        ModelPage first = parse(new CohereListParser(), "providers/cohere/models-page1.json");
        ModelPage second = parse(new CohereListParser(), "providers/cohere/models-page2.json");

        assertThat(first.nextCursor()).isEqualTo("ZXlKd1lXZGxJam94ZlE");
        assertThat(byId(first).get("command-a-03-2025").contextWindow()).isEqualTo(256000);
        assertThat(second.nextCursor()).isNull();
        assertThat(second.models().get(0).capabilities()).containsExactly("embedding");
    }

    @Test
    void aBodyOfTheWrongShapeIsAFormatErrorNotAnEmptyList() throws Exception {
        JsonNode wrong = JSON.readTree("{\"error\":{\"message\":\"nope\"}}");

        assertThatThrownBy(() -> new OpenAiCompatibleListParser().parse(wrong, UpstreamLimits.values())).isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> new AnthropicListParser().parse(wrong, UpstreamLimits.values())).isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> new CohereListParser().parse(wrong, UpstreamLimits.values())).isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> new OpenAiCompatibleListParser().parse(JSON.readTree("{\"data\":[{\"object\":\"model\"}]}"), UpstreamLimits.values()))
                .isInstanceOf(ModelListFormatException.class).hasMessageContaining("without 'id'");
    }
}
