package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelListParsersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ModelPage parse(ModelListParser parser, String fixture) throws Exception {
        return parser.parse(JSON.readTree(Fixtures.read(fixture)));
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
        assertThat(models.get("open-mixtral-8x7b").deprecationDate()).isEqualTo("2025-03-30T12:00:00Z");
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
        ModelPage page = new GoogleListParser().parse(JSON.readTree("{}"));

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

        assertThatThrownBy(() -> new OpenAiCompatibleListParser().parse(wrong)).isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> new AnthropicListParser().parse(wrong)).isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> new CohereListParser().parse(wrong)).isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> new OpenAiCompatibleListParser().parse(JSON.readTree("{\"data\":[{\"object\":\"model\"}]}")))
                .isInstanceOf(ModelListFormatException.class).hasMessageContaining("without 'id'");
    }
}
