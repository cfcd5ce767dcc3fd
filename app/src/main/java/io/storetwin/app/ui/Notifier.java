package io.storetwin.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages for the user: news (a scenario loaded, a file saved) on the window's status line,
 * where it stays readable; errors also in a corner of the window (ControlsFX notifications).
 */
final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final Node owner;
    private final Label status = new Label();

    Notifier(Node owner) {
        this.owner = owner;
        status.setId("statusLine");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
    }

    /** The status line, for the window to place. */
    Label statusLine() {
        return status;
    }

    void info(String title, String text) {
        status.setText(title + ": " + text);
    }

    void error(String title, String text) {
        status.setText(title + ": " + text);
        show(title, text, true);
    }

    private void show(String title, String text, boolean error) {
        if (owner.getScene() == null || owner.getScene().getWindow() == null
                || !owner.getScene().getWindow().isShowing()) {
            return;
        }
        try {
            Notifications n = Notifications.create().title(title).text(text).owner(owner)
                    .hideAfter(Duration.seconds(error ? 8 : 4));
            if (error) {
                n.showError();
            } else {
                n.showInformation();
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", title, text);
        }
    }
}
