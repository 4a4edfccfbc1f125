package io.radiant.registry.system;

/** The database could not be started or reached; the message is meant for a person. */
public class DatabaseUnavailableException extends RuntimeException {

    private final String action;

    public DatabaseUnavailableException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
