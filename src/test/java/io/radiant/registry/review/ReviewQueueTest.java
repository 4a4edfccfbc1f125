package io.radiant.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.api.ApiException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    private static final String JSON_TYPE = "application/json";
    private final ReviewQueue queue = new ReviewQueue();

    private record Refusal(int status, String error, String field) { }

    private static Map<String, Object> entry(String kind, String status, String discovered) {
        Map<String, Object> row = new HashMap<>();
        row.put("review_id", "0b7e6f38-7a61-4c1e-9a4c-2f1d7e0c5b11");
        row.put("provider_id", "google");
        row.put("model_id", "gemini-2.5-flash");
        row.put("kind", kind);
        row.put("status", status);
        row.put("discovered", discovered);
        row.put("in_catalog", false);
        return row;
    }

    private static final String FOUND = "{\"modelId\":\"gemini-2.5-flash\",\"displayName\":\"Gemini 2.5 Flash\","
            + "\"contextWindow\":1048576,\"maxOutput\":65536,\"capabilities\":[\"chat\"],\"inputModalities\":[\"text\",\"image\"],"
            + "\"outputModalities\":[\"text\"],\"inputCostPer1k\":null,\"suggestedCategory\":\"vision_llm\"}";

    @Test
    void approvingWithoutCorrectionsTakesWhatDiscoveryFound() {
        Map<String, Object> p = queue.approval(entry("new_model", "pending", FOUND), "", JSON_TYPE);

        assertThat(p).containsEntry("displayName", "Gemini 2.5 Flash").containsEntry("contextWindow", 1048576)
                .containsEntry("maxOutput", 65536).containsEntry("category", "vision_llm")
                .containsEntry("litellmId", "gemini/gemini-2.5-flash").containsEntry("pricingType", "per_token")
                .containsEntry("inputModalities", "[\"text\",\"image\"]").containsEntry("enabled", true)
                .containsEntry("decidedBy", "admin");
        assertThat((BigDecimal) p.get("markupRate")).isEqualByComparingTo("0.40");
    }

    @Test
    void theBodyCorrectsAndCompletesWhatWasDiscovered() {
        Map<String, Object> p = queue.approval(entry("new_model", "pending", FOUND), """
                {"category": "llm", "inputModalities": ["Text", "image", "audio", "video"], "inputCostPer1k": 0.0003,
                 "outputCostPer1k": 0.0025, "capabilities": ["chat", "function_calling"], "note": "priced per list",
                 "decidedBy": "ops"}""", JSON_TYPE);

        assertThat(p).containsEntry("category", "llm").containsEntry("inputModalities", "[\"text\",\"image\",\"audio\",\"video\"]")
                .containsEntry("capabilities", "[\"chat\",\"function_calling\"]").containsEntry("note", "priced per list")
                .containsEntry("decidedBy", "ops");
        assertThat((BigDecimal) p.get("outputCostPer1k")).isEqualByComparingTo("0.0025");
    }

    @Test
    void badCorrectionsAreRefusedNamingTheField() {
        Map<String, Object> row = entry("new_model", "pending", FOUND);

        assertThat(refusal(row, "{\"category\": \"toaster\"}").field()).isEqualTo("category");
        assertThat(refusal(row, "{\"contextWindow\": -5}").field()).isEqualTo("contextWindow");
        assertThat(refusal(row, "{\"inputCostPer1k\": \"cheap\"}").field()).isEqualTo("inputCostPer1k");
        assertThat(refusal(row, "{\"colour\": \"blue\"}").field()).isEqualTo("colour");
        assertThat(refusal(row, "{\"capabilities\": \"chat\"}").field()).isEqualTo("capabilities");
        assertThat(refusal(row, "[1]").status()).isEqualTo(400);
        assertThat(refusal(row, "{\"category\": \"llm\", \"category\": \"llm\"}").status()).isEqualTo(400);
        assertThat(refusal(entry("new_model", "pending", "{}"), "").field()).isEqualTo("category");
    }

    @Test
    void aDecidedEntryOrAModelAlreadyInTheCatalogIsAConflict() {
        assertThat(refusal(entry("new_model", "rejected", FOUND), "").status()).isEqualTo(409);
        Map<String, Object> inCatalog = entry("new_model", "pending", FOUND);
        inCatalog.put("in_catalog", true);
        assertThat(refusal(inCatalog, "").error()).isEqualTo("already_in_catalog");
        assertThatThrownBy(() -> queue.rejection(entry("deprecation", "approved", "{}"), "", JSON_TYPE))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aHeldDeprecationOrPriceMoveAcceptsOnlyANote() {
        assertThat(queue.approval(entry("deprecation", "pending", "{}"), "{\"note\":\"gone for good\"}", JSON_TYPE))
                .containsEntry("note", "gone for good");
        assertThat(refusal(entry("price_change", "pending", "{}"), "{\"inputCostPer1k\": 1}").field()).isEqualTo("inputCostPer1k");
    }

    @Test
    void listFiltersDefaultToPendingAndCheckEveryFilter() {
        assertThat(queue.reviewFilter(null, null, null, null))
                .isEqualTo(new ReviewQueue.ReviewFilter("pending", null, null, 100));
        assertThatThrownBy(() -> queue.reviewFilter("maybe", null, null, null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> queue.reviewFilter(null, "everything", null, null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> queue.reviewFilter(null, null, null, "0")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> queue.reviewId("not-a-uuid")).isInstanceOf(ApiException.class);
    }

    @Test
    void anEmptyResultOfTheDecisionStatementMeansSomeoneElseDecidedFirst() {
        assertThatThrownBy(() -> queue.approved(entry("new_model", "pending", FOUND), List.of()))
                .isInstanceOf(ApiException.class).hasMessageContaining("decided by another request");
    }

    @Test
    void aDiscoveredModelIsCompletedFromTheFeedsAndTheIdGuessIsOnlyTheLastResort() {
        Map<String, Object> row = entry("new_model", "pending",
                "{\"modelId\":\"gemini-2.5-flash\",\"displayName\":\"Gemini 2.5 Flash\",\"capabilities\":[],"
                        + "\"suggestedCategory\":\"llm\"}");
        row.put("feeds", "{\"models.dev\": {\"context_window\": 1048576, \"input_cost_per_1k\": 0.0003, \"category\": \"vision_llm\","
                + " \"input_modalities\": [\"text\", \"image\"]},"
                + " \"litellm\": {\"context_window\": 1000000, \"max_output\": 65535, \"output_cost_per_1k\": 0.0025,"
                + " \"capabilities\": [\"chat\", \"vision\"]}}");

        Map<String, Object> item = queue.item(row);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> suggested = (Map<String, Map<String, Object>>) item.get("suggested");
        assertThat(suggested.get("displayName")).containsEntry("source", "provider_list");
        assertThat(suggested.get("contextWindow")).containsEntry("source", "litellm");
        assertThat(suggested.get("category")).containsEntry("source", "models.dev");
        assertThat(suggested.get("capabilities")).containsEntry("source", "litellm");

        Map<String, Object> p = queue.approval(row, "", JSON_TYPE);
        assertThat(p).containsEntry("contextWindow", 1000000).containsEntry("maxOutput", 65535)
                .containsEntry("category", "vision_llm").containsEntry("inputModalities", "[\"text\",\"image\"]")
                .containsEntry("capabilities", "[\"chat\",\"vision\"]");
        assertThat((BigDecimal) p.get("inputCostPer1k")).isEqualByComparingTo("0.0003");
        assertThat((BigDecimal) p.get("outputCostPer1k")).isEqualByComparingTo("0.0025");

        row.remove("feeds");
        assertThat(FeedSuggestions.of(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("suggestedCategory", "llm"), null).get("category"))
                .containsEntry("source", "id_guess").containsKey("note");
    }

    private Refusal refusal(Map<String, Object> row, String body) {
        try {
            queue.approval(row, body, JSON_TYPE);
        } catch (ApiException e) {
            return new Refusal(e.getStatus(), e.getError(), (String) e.getDetails().get("field"));
        }
        throw new AssertionError("expected a refusal of " + body);
    }
}
