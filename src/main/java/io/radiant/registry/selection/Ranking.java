package io.radiant.registry.selection;

import java.util.List;

/**
 * What {@link SelectionRanking} found for one set of criteria: the same three parts as the SQL reference
 * {@code select_model_candidates()} (roles primary, alternative, default).
 *
 * @param primaries the best matches under {@code preferHosting}, best first
 * @param alternative the best external match ignoring {@code preferHosting}; null when none
 * @param taskDefault the task's default model when no primary matched and it suits the tenant; else null
 */
public record Ranking(List<CatalogModel> primaries, CatalogModel alternative, CatalogModel taskDefault) {
}
