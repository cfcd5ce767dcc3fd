package io.storetwin.simulation.live;

/** A file that is not a saved store this version can reopen; the message says why, for the user. */
public final class SavedStoreException extends Exception {

    public SavedStoreException(String message) {
        super(message);
    }

    public SavedStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
