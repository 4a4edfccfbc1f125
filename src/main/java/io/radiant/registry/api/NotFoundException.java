package io.radiant.registry.api;

/** The addressed thing does not exist (or nothing matches): answered 404. */
public class NotFoundException extends ApiException {

    public NotFoundException(String error, String message) {
        super(404, error, message);
    }
}
