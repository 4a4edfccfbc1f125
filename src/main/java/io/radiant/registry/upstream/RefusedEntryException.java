package io.radiant.registry.upstream;

/**
 * One entry of a list or feed cannot be kept (its id does not fit its column): the entry is left out and the
 * rest of the answer read. Already counted in the reading's {@link Refusals} when thrown.
 */
public class RefusedEntryException extends RuntimeException {

    public RefusedEntryException(String message) {
        super(message, null, false, false);
    }
}
