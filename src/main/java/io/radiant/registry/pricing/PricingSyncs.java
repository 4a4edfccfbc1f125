package io.radiant.registry.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.sync.SyncReport;
import io.radiant.registry.system.SecretRedactor;
import io.radiant.registry.system.Texts;
import io.radiant.registry.upstream.UpstreamLimitException;
import io.radiant.registry.upstream.UpstreamParseProperties;
import io.radiant.registry.upstream.UpstreamText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.postgresql.util.PGobject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The decisions of the pricing sync, called by name from {@code routes/sync-pricing.camel.yaml}. */
@Component("pricingSyncs")
public class PricingSyncs {

    private static final Logger LOG = LoggerFactory.getLogger(PricingSyncs.class);
    // feed ids come from the feed: shown escaped and cut to this length
    private static final int SHOWN_ID = 120;

    private final ObjectMapper json;
    private static final Map<String, BiFunction<String, UpstreamParseProperties, FeedReading>> PARSERS = Map.of(
            LiteLlmCostMap.SOURCE, LiteLlmCostMap::parse,
            ModelsDevCatalog.SOURCE, ModelsDevCatalog::parse,
            OpenRouterModels.SOURCE, OpenRouterModels::parse);

    private final PricingProperties properties;
    private final UpstreamParseProperties limits;
    private final SecretRedactor redactor;

    public PricingSyncs(PricingProperties properties, UpstreamParseProperties limits, ObjectMapper json,
                        SecretRedactor redactor) {
        this.properties = properties;
        this.limits = limits;
        this.json = json;
        this.redactor = redactor;
        // a feed URL may be signed (sig=, X-Amz-Signature=): its query values are secrets like a key
        redactor.rememberQueryValues(properties.feedUrl());
        redactor.rememberQueryValues(properties.modelsdevFeedUrl());
        redactor.rememberQueryValues(properties.openrouterFeedUrl());
    }

    /** The configured feeds, in precedence order (the order docs/sync.md gives). */
    public PricingRun start() {
        List<PricingRun.Feed> feeds = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        add(feeds, missing, LiteLlmCostMap.SOURCE, properties.feedUrl(), "REGISTRY_PRICING_FEED_URL");
        add(feeds, missing, ModelsDevCatalog.SOURCE, properties.modelsdevFeedUrl(), "REGISTRY_MODELSDEV_FEED_URL");
        add(feeds, missing, OpenRouterModels.SOURCE, properties.openrouterFeedUrl(), "REGISTRY_OPENROUTER_FEED_URL");
        return new PricingRun(feeds, missing);
    }

    private static void add(List<PricingRun.Feed> feeds, List<String> missing, String source, String url, String variable) {
        if (url.isEmpty()) {
            missing.add(variable);
        } else {
            feeds.add(new PricingRun.Feed(source, url));
        }
    }

    /**
     * Reads the answer of the run's feed number {@code index}; a body that is not its shape fails the sync
     * ({@link FeedFormatException}), while values and entries it cannot believe are refused one by one, logged
     * here and counted in the report.
     */
    public void accept(PricingRun run, int index, String body) {
        String source = run.feeds().get(index).source();
        FeedReading reading = PARSERS.get(source).apply(body, limits);
        if (!reading.refused().isEmpty()) {
            LOG.warn("Feed {}: {} entries read, {}; the rest applied", source, reading.entriesRead(),
                    reading.refused().summary());
        }
        run.add(reading);
    }

    /**
     * The feed number {@code index} could not be fetched or read: that feed's part of the sync fails, with a plain
     * reason (the limit that ended the call, the HTTP status, why it was unreadable; never the URL), and nothing of
     * it is applied. The other feeds still are. Returns "source: reason" for the log.
     */
    public String feedFailed(PricingRun run, int index, Throwable failure) {
        String source = run.feeds().get(index).source();
        String reason = feedFailureReason(failure);
        run.fail(source, reason);
        return source + ": " + reason;
    }

    String feedFailureReason(Throwable failure) {
        UpstreamLimitException limit = UpstreamLimitException.in(failure);
        if (limit != null) {
            return limit.getMessage();
        }
        Throwable e = failure;
        while (e.getCause() != null && e.getCause() != e && !(e instanceof HttpOperationFailedException)
                && e.getClass().getName().startsWith("org.apache.camel")) {
            e = e.getCause();
        }
        if (e instanceof HttpOperationFailedException http) {
            return "HTTP " + http.getStatusCode();
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("https?://\\S+", "<url>");
        String prefix = e instanceof FeedFormatException || e instanceof IllegalArgumentException
                ? "unreadable feed" : e.getClass().getSimpleName();
        return Texts.shorten(redactor.redact(prefix + message), 300);
    }

    /** The report of a pricing sync without any feed: nothing to do, and it says why. */
    public SyncReport noFeed() {
        return new SyncReport().addError("pricing: no feed configured (set REGISTRY_PRICING_FEED_URL, "
                + "REGISTRY_MODELSDEV_FEED_URL or REGISTRY_OPENROUTER_FEED_URL)");
    }

    /** What the run's feeds said, as the two statements that apply it read it. */
    public FeedsRead feedsRead(PricingRun run) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (FeedReading reading : run.readings()) {
            sources.add(reading.source());
            reading.entries().forEach(e -> rows.add(e.toRow()));
        }
        return new FeedsRead(json(rows), json(sources));
    }

    /**
     * modelsUpdated = catalog models with a changed value; per feed in {@code details.feeds}: entries read,
     * matched, unmatched (with a sample of the feed's ids), values changed, held for review.
     */
    public SyncReport report(PricingRun run, Map<String, Object> figures) {
        return report(run, figures, Map.of());
    }

    /**
     * The report with the figures of {@code sql/pricing-apply-components.sql} too: price components changed,
     * capabilities learned, review items it opened or extended.
     */
    public SyncReport report(PricingRun run, Map<String, Object> figures, Map<String, Object> components) {
        SyncReport report = new SyncReport();
        report.setModelsUpdated(number(figures.get("models_updated")));
        JsonNode perFeed = tree(figures.get("feeds"));
        Map<String, Object> feeds = new LinkedHashMap<>();
        int changed = 0;
        int held = 0;
        int refused = 0;
        for (FeedReading reading : run.readings()) {
            JsonNode f = perFeed.path(reading.source());
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("entriesRead", reading.entriesRead());
            figure.put("matched", f.path("matched").asInt());
            figure.put("modelsMatched", f.path("modelsMatched").asInt());
            int unmatched = reading.entriesRead() - f.path("matched").asInt();
            figure.put("unmatched", unmatched);
            figure.put("unmatchedSample", shownIds(f.path("unmatchedSample")));
            figure.put("valuesChanged", f.path("valuesChanged").asInt());
            figure.put("heldForReview", f.path("heldForReview").asInt());
            figure.put("lifecycleDatesHeld", f.path("lifecycleDatesHeld").asInt());
            if (!reading.refused().isEmpty()) {
                figure.put("refused", reading.refused().toDetail());
                refused += reading.refused().count();
            }
            changed += f.path("valuesChanged").asInt();
            held += f.path("heldForReview").asInt();
            feeds.put(reading.source(), figure);
        }
        run.failures().forEach((source, reason) -> {
            feeds.put(source, Map.of("failed", reason));
            report.addError(source + ": " + reason + " (nothing of this feed applied)");
        });
        report.putDetail("feeds", feeds);
        report.putDetail("feedsNotConfigured", run.notConfigured());
        report.putDetail("valuesChanged", changed);
        report.putDetail("pricesChanged", number(figures.get("prices_changed")));
        report.putDetail("lifecycleDatesLearned", number(figures.get("lifecycle_changes")));
        report.putDetail("reviewItems", number(figures.get("review_items")) + number(figures.get("held_items")));
        report.putDetail("lifecycleDatesHeldForReview", number(figures.get("lifecycle_held")));
        if (number(figures.get("lifecycle_held")) > 0) {
            report.addError("pricing: " + number(figures.get("lifecycle_held")) + " lifecycle date(s) stated by the "
                    + "feeds held for review (held_changes): a feed's dates are never applied by themselves");
        }
        report.putDetail("priceComponentsChanged", number(components.get("components_changed")));
        report.putDetail("capabilitiesLearned", number(components.get("capabilities_added")));
        report.putDetail("componentReviewItems", number(components.get("review_items")));
        if (refused > 0) {
            report.addError("pricing: " + refused + " feed value(s) or entries refused (out of bounds or garbled; "
                    + "the rest applied, see details.feeds.*.refused)");
        }
        if (held > 0) {
            report.addError("pricing: " + held + " value(s) held for review (a change to a curated or admin value, "
                    + "or a price move over " + properties.maxChangeFactor() + "x)");
        }
        return report;
    }

    /** The feed's own ids, escaped and cut: they are upstream text. */
    private static List<String> shownIds(JsonNode sample) {
        List<String> out = new ArrayList<>();
        sample.forEach(id -> out.add(UpstreamText.escape(id.asText(), SHOWN_ID)));
        return out;
    }

    private JsonNode tree(Object value) {
        try {
            if (value instanceof PGobject pg) {
                return json.readTree(pg.getValue() == null ? "{}" : pg.getValue());
            }
            return value == null ? json.createObjectNode() : json.readTree(String.valueOf(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable pricing figures", e);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise feed entries", e);
        }
    }

    private static int number(Object v) {
        return v instanceof Number n ? n.intValue() : 0;
    }
}
