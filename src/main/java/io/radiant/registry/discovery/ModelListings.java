package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.upstream.UpstreamParseProperties;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts a {@link ProviderListing} for one provider row ({@code id}, {@code api_base_url}) and one
 * discovery kind. Called by name from the discovery route template.
 */
@Component("modelListings")
public class ModelListings {

    private final int pageSize;
    private final int maxPages;
    private final ObjectMapper json;
    private final UpstreamParseProperties limits;

    public ModelListings(DiscoveryProperties properties, UpstreamParseProperties limits, ObjectMapper json) {
        this.pageSize = properties.pageSize();
        this.maxPages = properties.maxPages();
        this.limits = limits;
        this.json = json;
    }

    public ProviderListing start(Map<String, Object> provider, String kind, String pageSizeParam, String cursorParam) {
        return new ProviderListing(String.valueOf(provider.get("id")), String.valueOf(provider.get("api_base_url")),
                parserFor(kind), pageSizeParam, cursorParam, pageSize, maxPages, json, limits);
    }

    public static ModelListParser parserFor(String kind) {
        return switch (kind) {
            case "openai-compatible" -> new OpenAiCompatibleListParser();
            case "anthropic" -> new AnthropicListParser();
            case "google" -> new GoogleListParser();
            case "cohere" -> new CohereListParser();
            case "elevenlabs" -> new ElevenLabsListParser();
            case "deepgram" -> new DeepgramListParser();
            case "stability" -> new StabilityListParser();
            default -> throw new IllegalArgumentException("no model list parser for discovery kind '" + kind + "'");
        };
    }
}
