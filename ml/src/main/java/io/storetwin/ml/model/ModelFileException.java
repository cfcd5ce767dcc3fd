package io.storetwin.ml.model;

import java.nio.file.Path;

/** A model file that cannot be loaded: names the file and says why. Nothing was loaded. */
public final class ModelFileException extends Exception {

    public ModelFileException(Path file, String why) {
        super(file + " is not a usable StoreTwin model: " + why + "; nothing was loaded");
    }

    public ModelFileException(Path file, String why, Throwable cause) {
        super(file + " is not a usable StoreTwin model: " + why + "; nothing was loaded", cause);
    }
}
