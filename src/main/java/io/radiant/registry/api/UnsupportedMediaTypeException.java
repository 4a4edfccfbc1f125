package io.radiant.registry.api;

/** The request body is not declared as JSON: answered 415. */
public class UnsupportedMediaTypeException extends ApiException {

    public UnsupportedMediaTypeException(String contentType) {
        super(415, "unsupported_media_type", contentType == null
                ? "Missing Content-Type: send the body as application/json."
                : "Content-Type " + ApiErrors.printable(contentType, 60) + " is not supported: send application/json.");
    }
}
