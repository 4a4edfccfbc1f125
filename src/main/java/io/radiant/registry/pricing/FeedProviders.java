package io.radiant.registry.pricing;

import java.util.Locale;
import java.util.Map;

/**
 * The feeds' provider ids mapped to ours. Each feed spells providers its own way (LiteLLM's
 * {@code litellm_provider} and key prefixes, models.dev's provider keys, OpenRouter's vendor slugs);
 * an id not listed here is not one of our providers and its entries are reported as unmatched.
 */
public final class FeedProviders {

    private static final Map<String, String> OURS = Map.ofEntries(
            Map.entry("openai", "openai"),
            Map.entry("text-completion-openai", "openai"),
            Map.entry("anthropic", "anthropic"),
            Map.entry("gemini", "google"),
            Map.entry("google", "google"),
            Map.entry("mistral", "mistral"),
            Map.entry("mistralai", "mistral"),
            Map.entry("codestral", "mistral"),
            Map.entry("cohere", "cohere"),
            Map.entry("cohere_chat", "cohere"),
            Map.entry("deepseek", "deepseek"),
            Map.entry("groq", "groq"),
            Map.entry("xai", "xai"),
            Map.entry("x-ai", "xai"),
            Map.entry("together_ai", "together"),
            Map.entry("togetherai", "together"),
            Map.entry("together", "together"),
            Map.entry("fireworks_ai", "fireworks"),
            Map.entry("fireworks-ai", "fireworks"),
            Map.entry("fireworks", "fireworks"),
            Map.entry("openrouter", "openrouter"),
            Map.entry("perplexity", "perplexity"),
            Map.entry("ai21", "ai21"),
            Map.entry("ai21_chat", "ai21"),
            Map.entry("voyage", "voyage"),
            Map.entry("elevenlabs", "elevenlabs"),
            Map.entry("deepgram", "deepgram"),
            Map.entry("assemblyai", "assemblyai"),
            Map.entry("stability", "stability"),
            Map.entry("runwayml", "runway"),
            Map.entry("luma", "luma"));

    private FeedProviders() { }

    /** Our provider id for a feed's provider spelling, or {@code null} when it is not one of ours. */
    public static String ours(String feedProvider) {
        return feedProvider == null ? null : OURS.get(feedProvider.toLowerCase(Locale.ROOT));
    }

    /**
     * A feed key without the provider prefix the feed put in front of the provider's own model id
     * ({@code gemini/gemini-2.5-pro} → {@code gemini-2.5-pro}); other keys unchanged.
     */
    public static String withoutProviderPrefix(String key) {
        int slash = key.indexOf('/');
        if (slash > 0 && ours(key.substring(0, slash)) != null) {
            return key.substring(slash + 1);
        }
        return key;
    }
}
