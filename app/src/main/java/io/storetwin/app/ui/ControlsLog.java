package io.storetwin.app.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's controls log to warnings. Its {@code VirtualFlow} reports at INFO ("index exceeds
 * maxCellCount") whenever a list drops its oldest rows and scrolls in the same pulse, which the
 * following feed does several times a second at speed; the rows are drawn right, so the line is
 * noise in the user's terminal.
 */
final class ControlsLog {

    /** Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private static final Logger CONTROLS = Logger.getLogger("javafx.scene.control");

    private ControlsLog() {
    }

    static void warningsOnly() {
        CONTROLS.setLevel(Level.WARNING);
    }
}
