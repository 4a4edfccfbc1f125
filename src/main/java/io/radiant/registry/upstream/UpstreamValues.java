package io.radiant.registry.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where a value of a provider's list or a feed is checked before anything computes with it or
 * stores it: numbers by magnitude before any {@code BigDecimal} arithmetic (a price written {@code 1e-30000000}
 * would otherwise cost minutes of CPU), prices against a ceiling, token counts against theirs, dates as real
 * calendar days within a range, word lists capped and de-duplicated through a set, ids and names against their
 * columns. A value that fails is refused as that value ({@code null}, counted in {@link Refusals}); an id that
 * fails refuses its whole entry ({@link RefusedEntryException}). One instance per list page or feed read.
 */
public final class UpstreamValues {

    /** The unit a source states a token price in; prices leave here in USD per 1k tokens. */
    public enum PriceUnit {
        PER_TOKEN(3), PER_1K(0), PER_MILLION(-3);

        private final int pointShift;

        PriceUnit(int pointShift) {
            this.pointShift = pointShift;
        }
    }

    /** {@code models.model_id}: ids of provider lists (and the catalog side of every feed entry). */
    public static final int MODEL_ID_COLUMN = 150;
    /** {@code feed_models.model_id}: ids as the feeds spell them. */
    public static final int FEED_MODEL_ID_COLUMN = 200;
    /** {@code models.display_name}, {@code models.name}. */
    public static final int NAME_COLUMN = 255;
    /** A catalog word (modality, capability, endpoint): anything longer is no such word. */
    static final int MAX_WORD = 64;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,13}");
    // Unix seconds from here on would be past the year 5000: such a number can only be milliseconds
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final int SHOWN = 60;

    private final UpstreamParseProperties limits;
    private final Refusals refusals;

    public UpstreamValues(UpstreamParseProperties limits, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    /** Fresh values for one reading, with an empty {@link Refusals} of the configured sample size. */
    public static UpstreamValues reading(UpstreamParseProperties limits) {
        return new UpstreamValues(limits, new Refusals(limits.refusalSamples()));
    }

    public Refusals refusals() {
        return refusals;
    }

    public UpstreamParseProperties limits() {
        return limits;
    }

    // ---- numbers ----

    /**
     * A number, from a JSON number or a numeric string, whose size was checked before anything computed with it:
     * at most {@code max-number-length} characters and a decimal exponent within ±{@code max-exponent}. Absent
     * (missing, JSON null, blank string) is {@code null} and not counted; anything else that fails is refused.
     */
    public BigDecimal number(JsonNode node, String field, String entry) {
        JsonNode v = member(node, field);
        if (v == null) {
            return null;
        }
        BigDecimal value;
        if (v.isNumber()) {
            value = v.isIntegralNumber() || v.isBigDecimal() ? v.decimalValue() : finiteDouble(v.doubleValue());
        } else if (v.isTextual()) {
            String text = v.textValue().trim();
            if (text.length() > limits.maxNumberLength()) {
                refuse("number-too-long", entry, field, v);
                return null;
            }
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                refuse("not-a-number", entry, field, v);
                return null;
            }
        } else {
            refuse("not-a-number", entry, field, v);
            return null;
        }
        if (value == null || !withinExponent(value, limits.maxExponent())) {
            refuse("exponent-out-of-range", entry, field, v);
            return null;
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    /**
     * A token price converted to USD per 1k tokens; refused when negative or above {@code max-price-per1k}
     * (the conversion only moves the decimal point, and only after {@link #number} bounded the value).
     */
    public BigDecimal price(JsonNode node, String field, PriceUnit unit, String entry) {
        BigDecimal value = number(node, field, entry);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            refuse("negative-price", entry, field, node.get(field));
            return null;
        }
        BigDecimal per1k = value.signum() == 0 ? BigDecimal.ZERO : value.movePointRight(unit.pointShift);
        if (per1k.compareTo(limits.maxPricePer1k()) > 0) {
            refuse("price-above-ceiling", entry, field, node.get(field));
            return null;
        }
        return per1k;
    }

    /**
     * A context window or output limit: a whole number of tokens up to {@code max-token-count}; zero is
     * "unknown" ({@code null}, not counted), a negative or fractional count is refused.
     */
    public Integer tokenCount(JsonNode node, String field, String entry) {
        BigDecimal value = number(node, field, entry);
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            refuse("not-a-token-count", entry, field, node.get(field));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(limits.maxTokenCount())) > 0) {
            refuse("token-count-above-ceiling", entry, field, node.get(field));
            return null;
        }
        return value.intValueExact();
    }

    /**
     * True when {@code value}'s decimal exponent ({@code 1.5e-7} → −7) is within ±{@code maxExponent}; zero
     * always is. Reads precision and scale only: no arithmetic on the value.
     */
    public static boolean withinExponent(BigDecimal value, int maxExponent) {
        if (value.signum() == 0) {
            return true;
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        return Math.abs(exponent) <= maxExponent;
    }

    private static BigDecimal finiteDouble(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }

    // ---- dates ----

    /**
     * A lifecycle date as {@code yyyy-mm-dd} (its UTC day), or {@code null}: absent is not counted, anything
     * that is no real calendar day ({@code 2025-02-30}) or falls outside {@code first-year}–{@code last-year}
     * is refused.
     */
    public String date(JsonNode node, String field, String entry) {
        JsonNode v = member(node, field);
        if (v == null) {
            return null;
        }
        LocalDate day = calendarDay(v);
        if (day == null) {
            refuse("not-a-date", entry, field, v);
            return null;
        }
        if (day.getYear() < limits.firstYear() || day.getYear() > limits.lastYear()) {
            refuse("date-out-of-range", entry, field, v);
            return null;
        }
        return day.toString();
    }

    /**
     * A day as providers and feeds write one, or {@code null}: an ISO date, an ISO date-time with offset or
     * {@code Z}, one without (read as UTC), or Unix seconds (milliseconds when too large for seconds) as a number
     * or a string of digits. Impossible days ({@code 2025-02-30}) are not days. No range check here.
     */
    public static LocalDate calendarDay(JsonNode value) {
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return epoch(value.longValue());
            }
            if (value.isTextual() && value.textValue().length() <= 40) {
                return text(value.textValue().trim());
            }
            return null;
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

    // ---- text ----

    /** A scalar member as text, {@code null} when absent or blank; a member of another type is refused. */
    public String text(JsonNode node, String field, String entry) {
        JsonNode v = member(node, field);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            refuse("not-text", entry, field, v);
            return null;
        }
        String text = v.asText();
        return text.isBlank() ? null : text;
    }

    /**
     * An entry's id: longer than its column ({@code column}) it cannot be stored, so the whole entry is refused
     * ({@link RefusedEntryException}, counted here).
     */
    public String id(String id, int column, String field) {
        if (id != null && id.length() > column) {
            String why = field + " longer than " + column + " characters";
            refusals.refuseEntry("id-too-long", id.substring(0, Math.min(id.length(), SHOWN)) + " (" + id.length()
                    + " characters)");
            throw new RefusedEntryException(why);
        }
        return id;
    }

    /** A display name or description, shortened to its column when longer (counted as shortened). */
    public String name(String name, int column, String entry, String field) {
        if (name == null || name.length() <= column) {
            return name;
        }
        refusals.refuse("text-shortened", entry + ": " + field + " of " + name.length() + " characters cut to " + column);
        return name.substring(0, column - 1) + "…";
    }

    /**
     * The distinct words of an array member, in order (a set: linear however long). An array of more than
     * {@code max-array-entries} items is refused as a whole; items that are not short strings are left out
     * and counted.
     */
    public List<String> list(JsonNode node, String field, String entry) {
        JsonNode v = member(node, field);
        if (v == null) {
            return new ArrayList<>();
        }
        if (!v.isArray()) {
            refuse("not-a-list", entry, field, v);
            return new ArrayList<>();
        }
        if (v.size() > limits.maxArrayEntries()) {
            refusals.refuse("list-too-long", entry + ": " + field + " of " + v.size() + " items (at most "
                    + limits.maxArrayEntries() + ")");
            return new ArrayList<>();
        }
        Set<String> words = new LinkedHashSet<>();
        for (JsonNode item : v) {
            if (item.isTextual() && !item.textValue().isBlank() && item.textValue().length() <= MAX_WORD) {
                words.add(item.textValue());
            } else {
                refuse("not-a-word", entry, field, item);
            }
        }
        return new ArrayList<>(words);
    }

    /** Counts a refused value of {@code entry}: reason and a sample naming the entry, field and value. */
    public void refuse(String reason, String entry, String field, JsonNode value) {
        refusals.refuse(reason, entry + ": " + field + " " + shown(value));
    }

    private static JsonNode member(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
            return null;
        }
        return v;
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "(none)";
        }
        if (value.isTextual()) {
            String t = value.textValue();
            return "'" + (t.length() > SHOWN ? t.substring(0, SHOWN) + "…" : t) + "'";
        }
        if (value.isContainerNode()) {
            return value.isArray() ? "[array of " + value.size() + "]" : "{object of " + value.size() + "}";
        }
        String t = value.asText();
        return t.length() > SHOWN ? t.substring(0, SHOWN) + "…" : t;
    }
}
