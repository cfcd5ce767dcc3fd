package io.storetwin.app.ui.view;

import java.util.function.Consumer;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The shelves canvas's colours, read from the stylesheet's tokens through {@link CssTokens}
 * probes (a canvas draws in code, not through CSS). Placeholders until CSS applies.
 */
final class ShelfPalette {

    Color surface = Color.TRANSPARENT;
    Color cardFill = Color.TRANSPARENT;
    Color border = Color.GRAY;
    Color ink = Color.BLACK;
    Color muted = Color.GRAY;
    Color accent = Color.BLUE;
    Color accentSoft = Color.TRANSPARENT;
    Color sale = Color.GREEN;
    Color saleSoft = Color.TRANSPARENT;
    Color loss = Color.RED;
    Color lossSoft = Color.TRANSPARENT;
    Color warn = Color.ORANGE;
    Color price = Color.PURPLE;
    Color badgeFresh = Color.GRAY;
    Color track = Color.LIGHTGRAY;
    Color onColour = Color.WHITE;

    /** Follows the tokens; {@code changed} runs after any colour changed. */
    void follow(Pane host, Runnable changed) {
        token(host, "shelf-surface", c -> surface = c, changed);
        token(host, "shelf-card", c -> cardFill = c, changed);
        token(host, "shelf-border", c -> border = c, changed);
        token(host, "shelf-ink", c -> ink = c, changed);
        token(host, "shelf-muted", c -> muted = c, changed);
        token(host, "shelf-accent", c -> accent = c, changed);
        token(host, "shelf-accent-soft", c -> accentSoft = c, changed);
        token(host, "shelf-sale", c -> sale = c, changed);
        token(host, "shelf-sale-soft", c -> saleSoft = c, changed);
        token(host, "shelf-loss", c -> loss = c, changed);
        token(host, "shelf-loss-soft", c -> lossSoft = c, changed);
        token(host, "shelf-warn", c -> warn = c, changed);
        token(host, "shelf-price", c -> price = c, changed);
        token(host, "shelf-badge-fresh", c -> badgeFresh = c, changed);
        token(host, "shelf-track", c -> track = c, changed);
        token(host, "shelf-on-colour", c -> onColour = c, changed);
    }

    private static void token(Pane host, String name, Consumer<Color> set, Runnable changed) {
        CssTokens.follow(host, name, c -> {
            set.accept(c);
            changed.run();
        });
    }
}
