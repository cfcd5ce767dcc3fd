package io.storetwin.app.errors;

import java.io.IOException;
import java.nio.file.Path;

/** Another StoreTwin command is writing into the same output: refused, so neither corrupts the other. */
public final class OutputInUseException extends IOException {

    private final transient Path output;

    public OutputInUseException(Path output) {
        super(output + " is being written by another StoreTwin command");
        this.output = output;
    }

    public Path output() {
        return output;
    }
}
