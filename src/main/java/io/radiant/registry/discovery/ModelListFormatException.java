package io.radiant.registry.discovery;

/** A provider answered 2xx with a body that is not the model list we expect (malformed JSON, wrong shape). */
public class ModelListFormatException extends RuntimeException {

    public ModelListFormatException(String message) {
        super(message);
    }

    public ModelListFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
