package io.radiant.registry.discovery;

import io.radiant.registry.upstream.UpstreamText;

/**
 * A provider answered 2xx with a body that is not the model list we expect (malformed JSON, a parsing limit
 * broken, wrong shape): the only exception a list parser throws. The message is escaped: it may quote the body.
 */
public class ModelListFormatException extends RuntimeException {

    private static final int MESSAGE_LENGTH = 300;

    public ModelListFormatException(String message) {
        super(UpstreamText.escape(message, MESSAGE_LENGTH));
    }

    public ModelListFormatException(String message, Throwable cause) {
        super(UpstreamText.escape(message, MESSAGE_LENGTH), cause);
    }
}
