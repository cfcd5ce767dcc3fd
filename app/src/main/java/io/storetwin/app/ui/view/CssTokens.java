package io.storetwin.app.ui.view;

import java.util.function.Consumer;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Reads colour tokens of the stylesheet for controls that paint in code (TilesFX). Each token
 * is carried by an invisible probe node whose CSS rule ({@code .token-probe.NAME}) sets its
 * background to the token; when CSS applies or changes it, the colour is handed on.
 */
final class CssTokens {

    private CssTokens() {
    }

    /** Adds a probe for {@code name} to {@code host} and calls {@code apply} with its colour. */
    static void follow(Pane host, String name, Consumer<Color> apply) {
        Region probe = new Region();
        probe.getStyleClass().addAll("token-probe", name);
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.resize(0, 0);
        Color[] last = {null};
        // CSS may set an equal background again on any pass: hand on real changes only.
        probe.backgroundProperty().addListener((o, a, b) -> colourOf(b, colour -> {
            if (!colour.equals(last[0])) {
                last[0] = colour;
                apply.accept(colour);
            }
        }));
        host.getChildren().add(probe);
    }

    private static void colourOf(Background background, Consumer<Color> apply) {
        if (background == null || background.getFills().isEmpty()) {
            return;
        }
        BackgroundFill fill = background.getFills().getFirst();
        if (fill.getFill() instanceof Color colour) {
            apply.accept(colour);
        }
    }
}
