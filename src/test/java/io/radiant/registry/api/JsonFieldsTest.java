package io.radiant.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static JsonFields fields(String json) {
        return new JsonFields(JsonRequestBody.object(json, "application/json", false));
    }

    @Test
    void integersMustBeWholeAndInRange() {
        assertThat(fields("{\"n\":5}").optionalInt("n", 1, 10)).isEqualTo(5);
        assertThat(fields("{\"n\":null}").optionalInt("n", 1, 10)).isNull();
        for (String bad : List.of("5.5", "\"5\"", "0", "11", "99999999999", "[5]", "{}")) {
            assertThatThrownBy(() -> fields("{\"n\":" + bad + "}").optionalInt("n", 1, 10))
                    .as(bad).isInstanceOf(InvalidRequestException.class).hasMessageContaining("'n'");
        }
    }

    @Test
    void numbersMustBeNonNegative() {
        assertThat(fields("{\"c\":0}").optionalNonNegativeNumber("c")).isZero();
        assertThatThrownBy(() -> fields("{\"c\":-0.01}").optionalNonNegativeNumber("c"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> fields("{\"c\":\"0.1\"}").optionalNonNegativeNumber("c"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void stringListsHoldNonBlankStrings() {
        assertThat(fields("{\"l\":[\" Text \"]}").optionalStringList("l")).containsExactly("text");
        for (String bad : List.of("\"text\"", "[1]", "[\"\"]", "[null]", "[[\"a\"]]")) {
            assertThatThrownBy(() -> fields("{\"l\":" + bad + "}").optionalStringList("l"))
                    .as(bad).isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> fields("{}").requiredStringList("l")).hasMessageContaining("required");
    }

    @Test
    void enumsNameTheirValues() {
        assertThatThrownBy(() -> fields("{\"e\":\"c\"}").optionalString("e", Set.of("a")))
                .hasMessageContaining("one of: a").hasMessageContaining("got 'c'");
        assertThatThrownBy(() -> fields("{\"e\":1}").optionalString("e", Set.of("a")))
                .hasMessageContaining("got a number");
    }

    @Test
    void unknownFieldsAreNamed() {
        assertThatThrownBy(() -> fields("{\"tenantTeir\":1}").onlyFields(List.of("tenantTier")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'tenantTeir'").hasMessageContaining("tenantTier");
    }

    @Test
    void bodiesMustBeJsonObjects() {
        assertThatThrownBy(() -> JsonRequestBody.object("{}", null, false)).isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> JsonRequestBody.object("", "application/json", false)).hasMessageContaining("empty");
        assertThatThrownBy(() -> JsonRequestBody.object("[1]", "application/json", false)).hasMessageContaining("array");
        assertThatThrownBy(() -> JsonRequestBody.object("{\"a\":", "application/json", false))
                .hasMessageContaining("not valid JSON").hasMessageNotContaining("Source");
        assertThat(JsonRequestBody.object("", null, true)).isEmpty();
        assertThat(JsonRequestBody.object("{}", "application/vnd.radiant+json", false)).isEmpty();
    }
}
