package io.radiant.registry.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.sync.SyncReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The decisions of the pricing sync, called by name from {@code routes/sync-pricing.yaml}. */
@Component("pricingSyncs")
public class PricingSyncs {

    private final String feedUrl;
    private final double maxChangeFactor;
    private final ObjectMapper json;
    private final LiteLlmCostMap costMap;

    public PricingSyncs(@Value("${registry.pricing.feed-url:}") String feedUrl,
                        @Value("${registry.pricing.max-change-factor:10}") double maxChangeFactor,
                        ObjectMapper json) {
        this.json = json;
        this.costMap = new LiteLlmCostMap(json);
        this.feedUrl = feedUrl == null ? "" : feedUrl.trim();
        this.maxChangeFactor = maxChangeFactor;
    }

    public boolean hasFeed() {
        return !feedUrl.isEmpty();
    }

    public String feedUrl() {
        return feedUrl;
    }

    /** The report of a pricing sync without a feed: nothing to do, and it says why. */
    public SyncReport noFeed() {
        return new SyncReport().addError("pricing: no pricing feed configured (REGISTRY_PRICING_FEED_URL is not set)");
    }

    /** Named parameters of {@code sql/pricing-apply.sql}. */
    public Map<String, Object> applyParameters(String feedBody, String syncId) {
        List<FeedPrice> prices = costMap.parse(feedBody);
        List<Map<String, Object>> rows = new ArrayList<>(prices.size());
        prices.forEach(p -> rows.add(p.toRow()));
        Map<String, Object> params = new LinkedHashMap<>();
        try {
            params.put("prices", json.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise feed prices", e);
        }
        params.put("syncId", syncId);
        params.put("maxChangeFactor", maxChangeFactor);
        params.put("feedEntries", prices.size());
        return params;
    }

    /** modelsUpdated = catalog models whose price changed; held moves are reported as errors to look at. */
    public SyncReport report(Map<String, Object> figures) {
        SyncReport report = new SyncReport();
        report.setModelsUpdated(number(figures, "models_updated"));
        report.putDetail("feedEntries", number(figures, "feed_entries"));
        report.putDetail("modelsMatched", number(figures, "models_matched"));
        report.putDetail("pricesChanged", number(figures, "prices_changed"));
        int held = number(figures, "models_held");
        report.putDetail("priceChangesHeldForReview", held);
        if (held > 0) {
            report.addError("pricing: " + held + " model(s) with a price move over " + maxChangeFactor
                    + "x held for review");
        }
        return report;
    }

    private static int number(Map<String, Object> row, String column) {
        Object v = row == null ? null : row.get(column);
        return v instanceof Number n ? n.intValue() : 0;
    }
}
