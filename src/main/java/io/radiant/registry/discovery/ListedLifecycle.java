package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.ApiErrors;
import io.radiant.registry.upstream.UpstreamParseProperties;
import io.radiant.registry.upstream.UpstreamValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a provider's own list says about a model's end: the date after which it is no longer served
 * ({@code models.retirement_date}, {@code yyyy-mm-dd}, UTC) and the model it names as replacement
 * ({@code models.successor_model_id}). Values that cannot be read are left out and described in
 * {@code unreadable}, so that one garbled entry costs that value only, never the provider's sync.
 *
 * <p>The fields, as the providers document them: OpenAI's {@code shutdown_date} ("at the time of the shut
 * down, the model will no longer be accessible"); Mistral's {@code deprecation}, an ISO-8601 date-time that is
 * the model's retirement (Mistral's model cards list a separate, earlier deprecation date that the API does
 * not return), and {@code deprecation_replacement_model}; OpenRouter's {@code expiration_date}.
 */
public record ListedLifecycle(String retirementDate, String successorModelId, List<String> unreadable) {

    public static final ListedLifecycle NONE = new ListedLifecycle(null, null, List.of());

    /** Fields naming the retirement date, first stated wins. */
    static final List<String> RETIREMENT_FIELDS = List.of("shutdown_date", "deprecation", "expiration_date");
    static final List<String> SUCCESSOR_FIELDS = List.of("deprecation_replacement_model");

    private static final int MAX_MODEL_ID = UpstreamValues.MODEL_ID_COLUMN;
    private static final int SHOWN = 40;

    public ListedLifecycle {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /** The lifecycle fields of one entry of an OpenAI-compatible list (absent fields: {@link #NONE}). */
    public static ListedLifecycle of(JsonNode item, String modelId, UpstreamParseProperties limits) {
        List<String> unreadable = new ArrayList<>();
        String retirement = null;
        for (String field : RETIREMENT_FIELDS) {
            JsonNode value = item == null ? null : item.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                continue;
            }
            retirement = date(value, limits);
            if (retirement == null) {
                unreadable.add(modelId + ": " + field + " " + shown(value) + " is not a date");
            }
            break;
        }
        String successor = null;
        for (String field : SUCCESSOR_FIELDS) {
            JsonNode value = item == null ? null : item.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                continue;
            }
            String id = value.isTextual() ? value.asText().trim() : null;
            if (id == null || id.length() > MAX_MODEL_ID) {
                unreadable.add(modelId + ": " + field + " " + shown(value) + " is not a model id");
            } else if (!id.equals(modelId)) {
                successor = id;
            }
            break;
        }
        if (retirement == null && successor == null && unreadable.isEmpty()) {
            return NONE;
        }
        return new ListedLifecycle(retirement, successor, unreadable);
    }

    /**
     * A date as providers write one, as {@code yyyy-mm-dd} (its UTC day), or {@code null}: an ISO date, an ISO
     * date-time with offset or {@code Z} (Mistral), one without (read as UTC), or Unix seconds (milliseconds when
     * the number is too large for seconds) as a number or a string of digits ({@link UpstreamValues#calendarDay}).
     * Impossible dates ({@code 2025-02-30}) and years outside {@code registry.upstream.parse.first-year}–{@code
     * last-year} are not dates.
     */
    static String date(JsonNode value, UpstreamParseProperties limits) {
        LocalDate day = UpstreamValues.calendarDay(value);
        return day != null && day.getYear() >= limits.firstYear() && day.getYear() <= limits.lastYear()
                ? day.toString() : null;
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? "'" + ApiErrors.printable(value.asText(), SHOWN) + "'"
                : ApiErrors.printable(value.toString(), SHOWN);
    }
}
