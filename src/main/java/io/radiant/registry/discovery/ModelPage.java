package io.radiant.registry.discovery;

import java.util.List;

/** One page of a provider's model list and the cursor of the next page ({@code null} on the last page). */
public record ModelPage(List<DiscoveredModel> models, String nextCursor) {

    public ModelPage {
        models = List.copyOf(models);
        nextCursor = nextCursor == null || nextCursor.isBlank() ? null : nextCursor;
    }
}
