package io.storetwin.ml.registry;

/** A registry operation refused, with a message for people (names the registry and the version). */
public final class RegistryException extends Exception {

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
