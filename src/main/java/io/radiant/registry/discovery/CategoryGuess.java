package io.radiant.registry.discovery;

import java.util.List;
import java.util.Locale;

/**
 * A first guess at a discovered model's catalog category, shown to the reviewer who approves it
 * (the reviewer can correct it). Decided from what the provider says, then from well-known id patterns.
 */
final class CategoryGuess {

    private CategoryGuess() { }

    static String of(String modelId, String typeHint, List<String> capabilities,
                     List<String> inputModalities, List<String> outputModalities) {
        String id = modelId.toLowerCase(Locale.ROOT);
        String type = typeHint == null ? "" : typeHint.toLowerCase(Locale.ROOT);
        if (type.contains("embed") || capabilities.contains("embedding") || id.contains("embed")) {
            return "embedding";
        }
        if (type.contains("rerank") || capabilities.contains("rerank") || id.contains("rerank")) {
            return "search";
        }
        if (type.contains("moderation") || id.contains("moderation")) {
            return "moderation";
        }
        if (id.startsWith("whisper") || id.contains("transcribe") || type.contains("transcri")) {
            return "speech_to_text";
        }
        if (id.startsWith("tts") || type.contains("audio") || outputModalities.contains("audio")) {
            return "text_to_speech";
        }
        if (id.startsWith("dall-e") || id.contains("imagen") || type.equals("image") || outputModalities.contains("image")) {
            return "image_generation";
        }
        if (id.startsWith("o1") || id.startsWith("o3") || id.startsWith("o4") || id.contains("reason")) {
            return "reasoning";
        }
        if (inputModalities.contains("image") || capabilities.contains("vision")) {
            return "vision_llm";
        }
        return "llm";
    }
}
