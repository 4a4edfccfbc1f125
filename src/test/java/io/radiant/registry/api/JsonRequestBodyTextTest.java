package io.radiant.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Reading a request body as text, across the growth of its buffer. */
class JsonRequestBodyTextTest {

    @Test
    void readsBodiesOfEverySizeAroundTheBufferWhole() {
        for (int size : new int[] {0, 1, 255, 256, 257, 512, 513, 70_000}) {
            String body = "x".repeat(size);
            assertThat(JsonRequestBody.text(new StringReader(body))).as("size %d", size).isEqualTo(body);
        }
    }

    @Test
    void keepsCharactersOutsideTheBasicPlaneWhoseHalvesStraddleTheBufferBoundary() {
        String body = "a".repeat(255) + "\uD83D\uDE00" + "{\"task\":\"ch\u00e4t\"}";
        assertThat(JsonRequestBody.text(new StringReader(body))).isEqualTo(body);
    }

    @Test
    void aReaderThatTricklesOneCharacterAtATimeIsReadWhole() {
        Reader trickle = new Reader() {
            private final Reader in = new StringReader("{\"task\":\"chat\"}");

            @Override
            public int read(char[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : in.read(b, off, 1);
            }

            @Override
            public void close() { }
        };
        assertThat(JsonRequestBody.text(trickle)).isEqualTo("{\"task\":\"chat\"}");
    }

    @Test
    void aBrokenBodyIsABadRequestAndNoBodyIsNull() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] b, int off, int len) throws IOException {
                throw new IOException("connection reset by peer");
            }

            @Override
            public void close() { }
        };
        assertThatThrownBy(() -> JsonRequestBody.text(broken)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The request body could not be read.");
        assertThat(JsonRequestBody.text(null)).isNull();
    }
}
