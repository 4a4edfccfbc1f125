package io.radiant.registry.selection;

import io.radiant.registry.api.ApiException;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.JsonFields;
import io.radiant.registry.api.JsonRequestBody;
import io.radiant.registry.api.NotFoundException;
import io.radiant.registry.pricing.CostEstimate;
import io.radiant.registry.pricing.CostEstimator;
import io.radiant.registry.pricing.CostRequest;
import io.radiant.registry.pricing.MissingPriceException;
import io.radiant.registry.pricing.PriceSheet;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v2/registry/cost}: reads the request strictly, finds the model in the selection snapshot
 * (no database round trip) and prices it with {@link CostEstimator}, the same estimate cost-aware selection
 * compares. Unknown model: 404; malformed counts or a price the request needs and the catalog lacks: 400
 * naming the field or the price.
 */
public class CostQuotes {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("providerId", "modelId", "inputTokens",
            "outputTokens", "cachedInputTokens", "cacheWriteTokens", "reasoningTokens", "batch"));
    private static final int MAX_ID = 200;

    private final SelectionData data;

    public CostQuotes(SelectionData data) {
        this.data = data;
    }

    /** The request body as the REST route hands it over. */
    public CostQuote quote(Reader body, String contentType) {
        return quote(JsonRequestBody.text(body), contentType);
    }

    public CostQuote quote(String body, String contentType) {
        JsonFields fields = new JsonFields(JsonRequestBody.object(body, contentType, false)).onlyFields(FIELDS);
        String providerId = required(fields, "providerId");
        String modelId = required(fields, "modelId");
        int max = SelectionCriteriaParser.MAX_EXPECTED_TOKENS;
        int input = fields.requiredInt("inputTokens", 0, max);
        int output = fields.requiredInt("outputTokens", 0, max);
        int cached = orZero(fields.optionalInt("cachedInputTokens", 0, max));
        int writes = orZero(fields.optionalInt("cacheWriteTokens", 0, max));
        int reasoning = orZero(fields.optionalInt("reasoningTokens", 0, max));
        boolean batch = fields.optionalBoolean("batch", false);
        if (cached > input) {
            throw new InvalidRequestException("cachedInputTokens", "Field 'cachedInputTokens' (" + cached
                    + ") is part of inputTokens (" + input + ") and cannot exceed it.");
        }
        if (writes > input) {
            throw new InvalidRequestException("cacheWriteTokens", "Field 'cacheWriteTokens' (" + writes
                    + ") is part of inputTokens (" + input + ") and cannot exceed it.");
        }
        if ((long) cached + writes > input) {
            throw new InvalidRequestException("cacheWriteTokens", "Fields 'cachedInputTokens' + 'cacheWriteTokens' ("
                    + ((long) cached + writes) + ") are parts of inputTokens (" + input + ") and cannot exceed it.");
        }
        if (reasoning > output) {
            throw new InvalidRequestException("reasoningTokens", "Field 'reasoningTokens' (" + reasoning
                    + ") is part of outputTokens (" + output + ") and cannot exceed it.");
        }
        CatalogModel model = find(providerId, modelId);
        CostRequest request = new CostRequest(input, output, cached, writes, reasoning, batch);
        PriceSheet prices = model.prices();
        CostEstimate estimate;
        try {
            if (prices == null) {
                throw new MissingPriceException("input", "The model has no prices.");
            }
            estimate = CostEstimator.estimate(prices, request);
        } catch (MissingPriceException e) {
            throw new ApiException(400, "missing_price", "Cannot estimate a request to " + providerId + "/" + modelId
                    + ": " + e.getMessage(), Map.of("component", e.component()));
        }
        List<CostQuote.Line> lines = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (CostEstimate.Line l : estimate.lines()) {
            lines.add(new CostQuote.Line(l.component(), l.tokens(), shown(l.costPer1k()), shown(l.cost())));
            if (l.costPer1k() != null || "request".equals(l.component())) {
                sources.put(l.component(), prices.sourceOf(priceOf(l.component(), estimate, request)));
            }
        }
        return new CostQuote(model.providerId(), model.modelId(), "USD", shown(estimate.total()),
                estimate.tier() == null ? null : new CostQuote.Tier(estimate.tier().aboveInputTokens()), lines,
                model.pricesAsOf(), sources);
    }

    /** The price (PriceSheet source key) a line was priced at: a tier's rate comes from the tiers. */
    private static String priceOf(String component, CostEstimate estimate, CostRequest request) {
        boolean tier = estimate.tier() != null;
        return switch (component) {
            case "input" -> request.batch() ? "batch_input" : tier && estimate.tier().input() != null ? "tiers" : "input";
            case "output" -> request.batch() ? "batch_output" : tier && estimate.tier().output() != null ? "tiers" : "output";
            case "cached_input" -> tier && estimate.tier().cacheRead() != null ? "tiers" : "cached_input";
            default -> component;
        };
    }

    /** The figure without trailing zeros (exact arithmetic leaves up to 11 decimals), never in E+ notation. */
    private static BigDecimal shown(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private CatalogModel find(String providerId, String modelId) {
        for (CatalogModel m : data.snapshot().withModelId(modelId)) {
            if (m.providerId().equals(providerId)) {
                return m;
            }
        }
        throw new NotFoundException("not_found", "No model " + modelId + " of provider " + providerId
                + " in the registry.");
    }

    private static String required(JsonFields fields, String field) {
        String value = fields.optionalText(field, MAX_ID);
        if (value == null) {
            throw new InvalidRequestException(field, "Field '" + field + "' is required: a non-empty string.");
        }
        return value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
