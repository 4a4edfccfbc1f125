package io.radiant.registry.selection;

import java.util.Map;

/** The default model of each task (spec 36.6 getDefaultModel), used when no model matches the criteria. */
public final class DefaultModels {

    private static final Map<String, String> BY_TASK = Map.of(
            "chat", "gpt-4o-mini",
            "completion", "gpt-4o-mini",
            "embedding", "text-embedding-3-small",
            "image", "dall-e-3",
            "video", "runway-gen3-alpha-turbo",
            "audio", "tts-1",
            "transcription", "whisper-1",
            "search", "perplexity-sonar",
            "3d", "meshy-v3",
            "inference", "gpt-4o");

    private DefaultModels() { }

    /** The default model id of {@code task}; gpt-4o-mini for a task the table does not know (as the spec). */
    public static String forTask(String task) {
        return BY_TASK.getOrDefault(task, "gpt-4o-mini");
    }
}
