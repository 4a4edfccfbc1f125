package io.radiant.registry.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.upstream.Refusals;
import io.radiant.registry.upstream.UpstreamJson;
import io.radiant.registry.upstream.UpstreamParseProperties;
import io.radiant.registry.upstream.UpstreamText;
import io.radiant.registry.upstream.UpstreamValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One provider's model list as it is being read, page after page. The discovery route asks it for the
 * next query ({@link #getNextQuery()}), hands it every page body ({@link #accept(String)}) and loops while
 * {@link #isMorePages()}. The listing is <em>complete</em> only when the provider's last page was reached;
 * a list cut short (page limit, a cursor that repeats) is partial and must never deprecate anything. Pages
 * are read within {@code registry.upstream.parse.*}; a refused entry also makes the listing partial (it no
 * longer names everything the provider serves), while a refused value only leaves that value unknown.
 */
public final class ProviderListing {

    // a cursor travels in the next request's query string: a longer one is no cursor a real API hands out
    static final int MAX_CURSOR = 1024;

    private final String providerId;
    private final String modelsUrl;
    private final ModelListParser parser;
    private final String pageSizeParam;
    private final String cursorParam;
    private final int pageSize;
    private final int maxPages;
    private final ObjectMapper json;
    private final UpstreamJson upstreamJson;
    private final UpstreamValues values;

    private final Map<String, DiscoveredModel> models = new LinkedHashMap<>();
    private String cursor;
    private int pages;
    private boolean finished;
    private String partialReason;

    ProviderListing(String providerId, String apiBaseUrl, ModelListParser parser, String pageSizeParam,
                    String cursorParam, int pageSize, int maxPages, ObjectMapper json, UpstreamParseProperties limits) {
        this.json = json;
        this.upstreamJson = new UpstreamJson(limits);
        this.values = UpstreamValues.reading(limits);
        this.providerId = providerId;
        this.modelsUrl = stripTrailingSlash(apiBaseUrl) + parser.listPath();
        this.parser = parser;
        this.pageSizeParam = blankToNull(pageSizeParam);
        this.cursorParam = blankToNull(cursorParam);
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    public String getProviderId() {
        return providerId;
    }

    /** {@code {api_base_url}/models} (or the kind's own list path): never carries a credential (keys travel in headers). */
    public String getModelsUrl() {
        return modelsUrl;
    }

    /** True until the last page has been read (or the listing was cut short). */
    public boolean isMorePages() {
        return !finished;
    }

    /** The query string of the next page request, e.g. {@code limit=100&after_id=abc}; empty without paging. */
    public String getNextQuery() {
        StringJoiner query = new StringJoiner("&");
        if (pageSizeParam != null) {
            query.add(pageSizeParam + "=" + pageSize);
        }
        if (cursorParam != null && cursor != null) {
            query.add(cursorParam + "=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** Reads one page body; decides whether another page follows. */
    public void accept(String body) {
        JsonNode root = upstreamJson.read(body, reason -> new ModelListFormatException("model list " + reason));
        ModelPage page = parser.parse(root, values);
        pages++;
        for (DiscoveredModel model : page.models()) {
            models.putIfAbsent(model.modelId(), model);
        }
        String next = page.nextCursor();
        if (next == null || cursorParam == null) {
            finished = true;
            partialReason = parser.partialCoverage();
        } else if (next.length() > MAX_CURSOR) {
            finished = true;
            partialReason = "the provider's page cursor is longer than " + MAX_CURSOR + " characters";
        } else if (next.equals(cursor)) {
            finished = true;
            partialReason = "the provider repeated page cursor '" + UpstreamText.escape(next, 60) + "'";
        } else if (pages >= maxPages) {
            finished = true;
            partialReason = "stopped after " + maxPages + " pages (registry.discovery.max-pages)";
        } else {
            cursor = next;
        }
    }

    /** The last page was reached and every entry was read: the list is the provider's whole catalog. */
    public boolean isComplete() {
        return finished && getPartialReason() == null;
    }

    public String getPartialReason() {
        if (partialReason == null && values.refusals().entries() > 0) {
            return values.refusals().entries() + " entr" + (values.refusals().entries() == 1 ? "y" : "ies")
                    + " of the list refused";
        }
        return partialReason;
    }

    /** Values and entries of the list that were not believed (counted by reason, a few named). */
    public Refusals getRefused() {
        return values.refusals();
    }

    public int getPages() {
        return pages;
    }

    public List<DiscoveredModel> getModels() {
        return new ArrayList<>(models.values());
    }

    public int getModelCount() {
        return models.size();
    }

    /** Values of the list that could not be read and were left out ("model: field 'value' is not a date"). */
    public List<String> getUnreadableValues() {
        List<String> out = new ArrayList<>();
        for (DiscoveredModel m : models.values()) {
            out.addAll(m.lifecycle().unreadable());
        }
        return out;
    }

    /** The discovered models as one JSON array, the single parameter of the diff statement. */
    public String getModelsJson() {
        List<Map<String, Object>> rows = new ArrayList<>(models.size());
        for (DiscoveredModel m : models.values()) {
            rows.add(m.toRow());
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise discovered models", e);
        }
    }

    private static String stripTrailingSlash(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
