package io.radiant.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.api.ApiErrors;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,13}");
    // Unix seconds from here on would be past the year 5000: such a number can only be milliseconds
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2199;
    private static final int MAX_MODEL_ID = 150;
    private static final int SHOWN = 40;

    public ListedLifecycle {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /** The lifecycle fields of one entry of an OpenAI-compatible list (absent fields: {@link #NONE}). */
    public static ListedLifecycle of(JsonNode item, String modelId) {
        List<String> unreadable = new ArrayList<>();
        String retirement = null;
        for (String field : RETIREMENT_FIELDS) {
            JsonNode value = item == null ? null : item.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                continue;
            }
            retirement = date(value);
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
     * the number is too large for seconds) as a number or a string of digits. Impossible dates ({@code 2025-02-30})
     * and years outside 2000–2199 are not dates.
     */
    static String date(JsonNode value) {
        try {
            LocalDate day;
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                day = epoch(value.longValue());
            } else if (value.isTextual()) {
                day = text(value.asText().trim());
            } else {
                return null;
            }
            return day != null && day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? day.toString() : null;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static LocalDate text(String v) {
        if (DATE.matcher(v).matches()) {
            return LocalDate.parse(v);
        }
        if (DIGITS.matcher(v).matches()) {
            return epoch(Long.parseLong(v));
        }
        if (v.length() > 10 && DATE.matcher(v.substring(0, 10)).matches()) {
            String iso = v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
            try {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            } catch (DateTimeException withoutOffset) {
                return LocalDateTime.parse(iso).toLocalDate();
            }
        }
        return null;
    }

    private static LocalDate epoch(long n) {
        if (n <= 0) {
            return null;
        }
        Instant at = n >= MILLIS_FROM ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? "'" + ApiErrors.printable(value.asText(), SHOWN) + "'"
                : ApiErrors.printable(value.toString(), SHOWN);
    }
}
