package io.storetwin.app;

import io.storetwin.app.cli.StoreTwinCommand;
import io.storetwin.app.ui.StoreTwinWindow;
import javafx.application.Application;

/**
 * Entry point of the {@code storetwin} command: no arguments opens the window, a subcommand
 * runs headless. A plain class, not an {@code Application}, so JavaFX can start from the
 * classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(StoreTwinWindow.class);
            return;
        }
        System.exit(StoreTwinCommand.execute(args));
    }
}
