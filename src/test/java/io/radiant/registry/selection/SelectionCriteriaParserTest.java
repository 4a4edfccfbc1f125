package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radiant.registry.api.ApiException;
import io.radiant.registry.api.InvalidRequestException;
import io.radiant.registry.api.UnsupportedMediaTypeException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionCriteriaParserTest {

    private static final String JSON = "application/json";
    private final SelectionCriteriaParser parser = new SelectionCriteriaParser();

    @Test
    void readsEveryFieldOfTheSpecsCriteria() {
        ModelSelectionCriteria c = parser.parse("""
                {"task":"chat","inputModality":["Text","image"],"outputModality":["text"],"tenantTier":4,
                 "preferHosting":"external","preferProvider":["Anthropic"],"maxLatencyMs":800,
                 "maxCostPerRequest":0.02,"requiredCapabilities":["function_calling"],"minContextWindow":32000,
                 "requireHIPAA":true}""", "application/json; charset=UTF-8");

        assertThat(c.task()).isEqualTo("chat");
        assertThat(c.inputModality()).containsExactly("text", "image");
        assertThat(c.tenantTier()).isEqualTo(4);
        assertThat(c.preferHosting()).isEqualTo("external");
        assertThat(c.preferProvider()).containsExactly("anthropic");
        assertThat(c.maxLatencyMs()).isEqualTo(800);
        assertThat(c.maxCostPerRequest()).isEqualByComparingTo("0.02");
        assertThat(c.requiredCapabilities()).containsExactly("function_calling");
        assertThat(c.minContextWindow()).isEqualTo(32000);
        assertThat(c.requireHIPAA()).isTrue();
    }

    @Test
    void optionalFieldsDefaultAsTheSpec() {
        ModelSelectionCriteria c = parser.parse(
                "{\"task\":\"embedding\",\"inputModality\":[\"text\"],\"outputModality\":[\"embedding\"],\"tenantTier\":1,"
                        + "\"maxLatencyMs\":null}", JSON);

        assertThat(c.preferHosting()).isEqualTo("any");
        assertThat(c.preferProvider()).isEmpty();
        assertThat(c.requiredCapabilities()).isEmpty();
        assertThat(c.maxLatencyMs()).isNull();
        assertThat(c.requireHIPAA()).isFalse();
    }

    @Test
    void anUnknownTaskNamesTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> parser.parse(
                "{\"task\":\"talk\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":1}", JSON))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'task'").hasMessageContaining("chat, completion, embedding")
                .satisfies(e -> assertThat(((ApiException) e).getDetails()).containsEntry("field", "task"));
    }

    @Test
    void aWrongContentTypeIs415() {
        assertThatThrownBy(() -> parser.parse("{}", "text/plain"))
                .isInstanceOf(UnsupportedMediaTypeException.class)
                .extracting(e -> ((ApiException) e).getStatus()).isEqualTo(415);
    }

    @Test
    void aFractionalTierOrAStringTierIsRefused() {
        for (String tier : new String[] {"3.5", "\"3\"", "0", "6", "true"}) {
            assertThatThrownBy(() -> parser.parse("{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                    + "\"outputModality\":[\"text\"],\"tenantTier\":" + tier + "}", JSON))
                    .as(tier).isInstanceOf(InvalidRequestException.class).hasMessageContaining("tenantTier");
        }
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> parser.parse("{\"task\":\"chat\",\"task\":\"image\"}", JSON))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void outOfRangeNumbersAreRefusedNamingTheField() {
        String chat = "\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"]";
        Map<String, String> cases = Map.of(
                "maxCostPerRequest", ",\"tenantTier\":3,\"maxCostPerRequest\":1e400",
                "maxCostPerRequest ", ",\"tenantTier\":3,\"maxCostPerRequest\":-0.5",
                "maxCostPerRequest  ", ",\"tenantTier\":3,\"maxCostPerRequest\":1e7",
                "maxLatencyMs", ",\"tenantTier\":3,\"maxLatencyMs\":99999999999999999999",
                "maxLatencyMs ", ",\"tenantTier\":3,\"maxLatencyMs\":-5",
                "tenantTier", ",\"tenantTier\":1e9",
                "minContextWindow", ",\"tenantTier\":3,\"minContextWindow\":1e30");
        cases.forEach((field, members) -> assertThatThrownBy(() -> parser.parse("{" + chat + members + "}", JSON))
                .as(members)
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((ApiException) e).getDetails()).containsEntry("field", field.trim())));
    }

    @Test
    void aCostWithAHugeNegativeExponentIsReadAsZeroWithoutArithmeticOnIt() {
        ModelSelectionCriteria c = parser.parse("{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":3,\"maxCostPerRequest\":1e-400000000}", JSON);

        assertThat(c.maxCostPerRequest()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(c.maxCostPerRequest().scale()).isLessThanOrEqualTo(12);
    }
}
