package io.radiant.registry.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpstreamTextTest {

    @Test
    void controlCharactersAreWrittenAsEscapes() {
        assertThat(UpstreamText.escape("a\nb\rc\td\u0007e\u001b[31m", 100)).isEqualTo("a\\nb\\rc\\td\\u0007e\\u001b[31m");
        assertThat(UpstreamText.escape("\u0085next\u2028line\u202eevil\u2066x\ufeff", 100))
                .isEqualTo("\\u0085next\\u2028line\\u202eevil\\u2066x\\ufeff");
        assertThat(UpstreamText.escape("plain ünïcode – fine", 100)).isEqualTo("plain ünïcode – fine");
        assertThat(UpstreamText.escape(null, 10)).isNull();
    }

    @Test
    void theResultIsNeverLongerThanAskedAndSaysWhereItWasCut() {
        assertThat(UpstreamText.escape("abcdef", 6)).isEqualTo("abcdef");
        assertThat(UpstreamText.escape("abcdefg", 6)).isEqualTo("abcde…").hasSize(6);
        // an escape is never cut in half
        assertThat(UpstreamText.escape("abc\u0007def", 8)).isEqualTo("abc…");
        String huge = "\n".repeat(1_000_000);
        assertThat(UpstreamText.escape(huge, 50)).hasSizeLessThanOrEqualTo(50).endsWith("…");
        assertThatThrownBy(() -> UpstreamText.escape("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
