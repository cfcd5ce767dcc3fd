package io.storetwin.app.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The About tab: the document {@code about.md} from the resources, rendered, scrolling. */
public final class AboutView extends ScrollPane {

    /** The resource the tab shows. */
    public static final String DOCUMENT = "about.md";

    private final VBox page = new VBox();

    public AboutView() {
        setId("about");
        getStyleClass().add("about");
        page.getStyleClass().add("about-page");
        page.getChildren().setAll(MarkdownNodes.render(document()));
        setContent(page);
        setFitToWidth(true);
    }

    /** The Markdown text of the About document. */
    public static String document() {
        try (InputStream in = Objects.requireNonNull(AboutView.class.getResourceAsStream(DOCUMENT), DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered page (for tests and pictures). */
    public VBox page() {
        return page;
    }
}
