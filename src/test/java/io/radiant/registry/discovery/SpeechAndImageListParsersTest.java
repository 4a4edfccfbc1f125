package io.radiant.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.radiant.registry.support.UpstreamLimits;
import org.junit.jupiter.api.Test;

/** The list shapes of the discovery kinds added for ElevenLabs, Deepgram and Stability (fixtures from their docs). */
class SpeechAndImageListParsersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, DiscoveredModel> parse(String kind, String fixture) throws Exception {
        return ModelListings.parserFor(kind).parse(JSON.readTree(Fixtures.read(fixture)), UpstreamLimits.values()).models().stream()
                .collect(Collectors.toMap(DiscoveredModel::modelId, Function.identity()));
    }

    @Test
    void elevenLabsListsItsSpeechModelsByModelId() throws Exception {
        Map<String, DiscoveredModel> models = parse("elevenlabs", "providers/elevenlabs/models.json");

        assertThat(models).containsOnlyKeys("eleven_multilingual_v2", "eleven_flash_v2_5", "eleven_v3", "eleven_multilingual_sts_v2");
        assertThat(models.get("eleven_multilingual_v2").displayName()).isEqualTo("Eleven Multilingual v2");
        assertThat(models.get("eleven_multilingual_v2").suggestedCategory()).isEqualTo("text_to_speech");
        assertThat(models.get("eleven_multilingual_v2").outputModalities()).containsExactly("audio");
        assertThat(models.get("eleven_multilingual_sts_v2").capabilities()).containsExactly("voice_conversion");
        assertThat(ModelListings.parserFor("elevenlabs").partialCoverage()).isNotBlank();
    }

    @Test
    void deepgramNamesSpeechToTextByArchitectureOnceAndVoicesByCanonicalName() throws Exception {
        Map<String, DiscoveredModel> models = parse("deepgram", "providers/deepgram/models.json");

        assertThat(models).containsOnlyKeys("nova-3", "nova-2", "aura-2-thalia-en");
        assertThat(models.get("nova-3").suggestedCategory()).isEqualTo("speech_to_text");
        assertThat(models.get("nova-3").capabilities()).contains("streaming");
        assertThat(models.get("aura-2-thalia-en").suggestedCategory()).isEqualTo("text_to_speech");
        assertThat(models.get("aura-2-thalia-en").inputModalities()).containsExactly("text");
    }

    @Test
    void stabilityEnginesAreImageModelsReadFromItsOwnPath() throws Exception {
        Map<String, DiscoveredModel> models = parse("stability", "providers/stability/engines.json");

        assertThat(models).containsOnlyKeys("stable-diffusion-xl-1024-v1-0", "stable-diffusion-v1-6");
        assertThat(models.get("stable-diffusion-v1-6").suggestedCategory()).isEqualTo("image_generation");
        assertThat(ModelListings.parserFor("stability").listPath()).isEqualTo("/engines/list");
    }

    @Test
    void aBodyOfAnotherShapeIsAFormatError() {
        assertThatThrownBy(() -> ModelListings.parserFor("elevenlabs").parse(JSON.readTree("{\"data\": []}"), UpstreamLimits.values()))
                .isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> ModelListings.parserFor("deepgram").parse(JSON.readTree("[]"), UpstreamLimits.values()))
                .isInstanceOf(ModelListFormatException.class);
        assertThatThrownBy(() -> ModelListings.parserFor("stability").parse(JSON.readTree("[{\"name\": \"no id\"}]"), UpstreamLimits.values()))
                .isInstanceOf(ModelListFormatException.class);
    }

    @Test
    void aListOfPartOfTheCatalogIsNeverComplete() {
        ProviderListing listing = new ProviderListing("stability", "https://api.stability.ai/v1/",
                ModelListings.parserFor("stability"), "", "", 100, 5, JSON, UpstreamLimits.defaults());
        listing.accept(Fixtures.read("providers/stability/engines.json"));

        assertThat(listing.getModelsUrl()).isEqualTo("https://api.stability.ai/v1/engines/list");
        assertThat(listing.isMorePages()).isFalse();
        assertThat(listing.isComplete()).isFalse();
        assertThat(listing.getPartialReason()).contains("v1 engines");
    }
}
