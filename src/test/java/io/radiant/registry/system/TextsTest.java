package io.radiant.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void keepsTextThatFits() {
        assertThat(Texts.shorten("abc", 3)).isEqualTo("abc");
        assertThat(Texts.shorten("", 1)).isEmpty();
        assertThat(Texts.shorten(null, 5)).isNull();
    }

    @Test
    void cutsLongerTextToTheLimitWithAnEllipsis() {
        assertThat(Texts.shorten("abcd", 3)).isEqualTo("ab…");
        assertThat(Texts.shorten("x".repeat(500), 200)).hasSize(200).startsWith("xxx").endsWith("…");
        assertThat(Texts.shorten("abcd", 1)).isEqualTo("…");
    }

    @Test
    void refusesALimitWithoutRoomForTheEllipsis() {
        assertThatThrownBy(() -> Texts.shorten("abc", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
