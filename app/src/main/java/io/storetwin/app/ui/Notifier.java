package io.storetwin.app.ui;

import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Short messages in a corner of the window (ControlsFX notifications). */
final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final Node owner;

    Notifier(Node owner) {
        this.owner = owner;
    }

    void info(String title, String text) {
        show(title, text, false);
    }

    void error(String title, String text) {
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
