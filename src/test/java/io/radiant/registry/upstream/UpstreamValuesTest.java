package io.radiant.registry.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.support.UpstreamLimits;
import io.radiant.registry.upstream.UpstreamValues.PriceUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpstreamValuesTest {

    private final UpstreamParseProperties limits = UpstreamLimits.defaults();
    private final UpstreamJson json = new UpstreamJson(limits);
    private final UpstreamValues values = UpstreamValues.reading(limits);

    private JsonNode read(String body) {
        return json.read(body, IllegalStateException::new);
    }

    @Test
    void theDefaultsAreThoseOfTheApplicationYaml() {
        assertThat(limits.maxPricePer1k()).isEqualByComparingTo("1000");
        assertThat(limits.maxExponent()).isEqualTo(20);
        assertThat(limits.maxArrayEntries()).isEqualTo(100);
        assertThat(limits.refusalSamples()).isEqualTo(5);
    }

    @Test
    void pricesAreConvertedToPerThousandAndRealOnesPass() {
        JsonNode p = read("{\"t\": 2.5e-6, \"m\": 2.5, \"s\": \"0.0000025\", \"z\": 0, \"k\": 0.003}");
        assertThat(values.price(p, "t", PriceUnit.PER_TOKEN, "e")).isEqualByComparingTo("0.0025");
        assertThat(values.price(p, "m", PriceUnit.PER_MILLION, "e")).isEqualByComparingTo("0.0025");
        assertThat(values.price(p, "s", PriceUnit.PER_TOKEN, "e")).isEqualByComparingTo("0.0025");
        assertThat(values.price(p, "z", PriceUnit.PER_TOKEN, "e")).isSameAs(BigDecimal.ZERO);
        assertThat(values.price(p, "k", PriceUnit.PER_1K, "e")).isEqualByComparingTo("0.003");
        assertThat(values.price(p, "missing", PriceUnit.PER_TOKEN, "e")).isNull();
        assertThat(values.refusals().isEmpty()).isTrue();
    }

    @Test
    void hugeExponentsAreRefusedBeforeAnyArithmeticAndQuickly() {
        JsonNode p = read("{\"tiny\": 1e-30000000, \"huge\": 1e30000000, \"text\": \"1e-999999999\", \"zero\": 0e-30000000,"
                + " \"neg\": -0.001, \"dear\": 1000, \"nan\": \"NaN\", \"obj\": {\"a\": 1}, \"long\": \"" + "1".repeat(150) + "\"}");
        long started = System.nanoTime();
        for (String field : List.of("tiny", "huge", "text", "neg", "dear", "nan", "obj", "long")) {
            assertThat(values.price(p, field, PriceUnit.PER_TOKEN, "m-1")).as(field).isNull();
        }
        assertThat(values.price(p, "zero", PriceUnit.PER_TOKEN, "m-1")).isSameAs(BigDecimal.ZERO);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
        assertThat(values.refusals().byReason()).isEqualTo(Map.of("exponent-out-of-range", 3, "negative-price", 1,
                "price-above-ceiling", 1, "not-a-number", 2, "number-too-long", 1));
        assertThat(values.refusals().count()).isEqualTo(8);
        assertThat(values.refusals().samples()).hasSize(5).first().asString()
                .isEqualTo("exponent-out-of-range: m-1: tiny 1E-30000000");
    }

    @Test
    void aTokenCountIsAWholePositiveNumberUpToTheCeiling() {
        JsonNode p = read("{\"ok\": 131072, \"s\": \"8192\", \"zero\": 0, \"neg\": -5, \"frac\": 1.5, \"big\": 1e12,"
                + " \"whole\": 4096.0, \"exp\": 1e400}");
        assertThat(values.tokenCount(p, "ok", "e")).isEqualTo(131072);
        assertThat(values.tokenCount(p, "s", "e")).isEqualTo(8192);
        assertThat(values.tokenCount(p, "whole", "e")).isEqualTo(4096);
        assertThat(values.tokenCount(p, "zero", "e")).isNull();
        for (String f : List.of("neg", "frac", "big", "exp")) {
            assertThat(values.tokenCount(p, f, "e")).as(f).isNull();
        }
        assertThat(values.refusals().byReason()).isEqualTo(Map.of("not-a-token-count", 2,
                "token-count-above-ceiling", 1, "exponent-out-of-range", 1));
    }

    @Test
    void datesMustBeRealCalendarDaysWithinTheYears() {
        JsonNode p = read("{\"ok\": \"2026-08-31\", \"ts\": \"2026-08-31T23:30:00-02:00\", \"feb30\": \"2025-02-30\","
                + " \"old\": \"1899-12-31\", \"far\": \"9999-01-01\", \"word\": \"soon\", \"epoch\": 1774483200}");
        assertThat(values.date(p, "ok", "e")).isEqualTo("2026-08-31");
        assertThat(values.date(p, "ts", "e")).isEqualTo("2026-09-01");
        assertThat(values.date(p, "epoch", "e")).isEqualTo("2026-03-26");
        for (String f : List.of("feb30", "old", "far", "word")) {
            assertThat(values.date(p, f, "e")).as(f).isNull();
        }
        assertThat(values.refusals().byReason()).isEqualTo(Map.of("not-a-date", 2, "date-out-of-range", 2));
    }

    @Test
    void wordListsAreCappedAndDeduplicatedInLinearTime() {
        String many = IntStream.range(0, 300_000).mapToObj(i -> "\"text\"").collect(Collectors.joining(",", "[", "]"));
        JsonNode p = read("{\"few\": [\"text\", \"image\", \"text\", 7, \"" + "w".repeat(100) + "\"], \"many\": " + many
                + ", \"notList\": \"text\"}");
        long started = System.nanoTime();
        assertThat(values.list(p, "many", "e")).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
        assertThat(values.list(p, "few", "e")).containsExactly("text", "image");
        assertThat(values.list(p, "notList", "e")).isEmpty();
        assertThat(values.refusals().byReason()).isEqualTo(Map.of("list-too-long", 1, "not-a-word", 2, "not-a-list", 1));
    }

    @Test
    void anOverLongIdRefusesItsEntryAndAnOverLongNameIsShortened() {
        assertThat(values.id("gpt-4o", UpstreamValues.MODEL_ID_COLUMN, "id")).isEqualTo("gpt-4o");
        assertThatThrownBy(() -> values.id("x".repeat(151), UpstreamValues.MODEL_ID_COLUMN, "id"))
                .isInstanceOf(RefusedEntryException.class);
        assertThat(values.name("N".repeat(300_000), UpstreamValues.NAME_COLUMN, "m-1", "name")).hasSize(255).endsWith("…");
        assertThat(values.name("Short", UpstreamValues.NAME_COLUMN, "m-1", "name")).isEqualTo("Short");
        assertThat(values.refusals().entries()).isEqualTo(1);
        assertThat(values.refusals().byReason()).isEqualTo(Map.of("id-too-long", 1, "text-shortened", 1));
    }

    @Test
    void theReaderBoundsDepthStringsAndNumbersAndSaysSoEscaped() {
        UpstreamJson small = new UpstreamJson(UpstreamLimits.with(Map.of("max-json-depth", 5, "max-string-length", 50)));
        assertThatThrownBy(() -> small.read("[[[[[[[[1]]]]]]]]", IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("breaks a parsing limit");
        assertThatThrownBy(() -> small.read("{\"a\": \"" + "s".repeat(60) + "\"}", IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> json.read("{\"a\": " + "9".repeat(200) + "}", IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> json.read("{\"a\u0007\": ", IllegalStateException::new))
                .hasMessageNotContaining("\u0007");
        assertThatThrownBy(() -> json.read("", IllegalStateException::new)).hasMessage("is empty");
    }

    @Test
    void refusalsCountEverythingAndNameAFewEscaped() {
        Refusals r = new Refusals(2);
        r.refuse("a", "x\u001by");
        r.refuse("a", "second");
        r.refuseEntry("b", "third");
        assertThat(r.toDetail()).isEqualTo(Map.of("count", 3, "byReason", Map.of("a", 2, "b", 1),
                "samples", List.of("a: x\\u001by", "a: second")));
        assertThat(r.entries()).isEqualTo(1);
        assertThat(r.summary()).startsWith("3 refused");
    }

    @Test
    void limitsOutsideTheColumnsAreRefusedAtStart() {
        assertThatThrownBy(() -> UpstreamLimits.with(Map.of("max-price-per1k", "2000000")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
