package io.storetwin.app.ui.about;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown (CommonMark with GitHub tables) into JavaFX nodes: headings as labels,
 * paragraphs as text flows whose runs carry style classes ({@code md-strong}, {@code md-em},
 * {@code md-code}), lists, code blocks, quotes and tables as grids. Looks come from CSS.
 */
public final class MarkdownNodes {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownNodes() {
    }

    /** The document's blocks, top to bottom. */
    public static List<Node> render(String markdown) {
        List<Node> blocks = new ArrayList<>();
        for (org.commonmark.node.Node block = PARSER.parse(markdown).getFirstChild(); block != null;
                block = block.getNext()) {
            blocks.add(block(block));
        }
        return blocks;
    }

    private static Node block(org.commonmark.node.Node block) {
        return switch (block) {
            case Heading h -> {
                Label label = new Label(plainText(h));
                label.getStyleClass().addAll("md-heading", "md-h" + h.getLevel());
                label.setWrapText(true);
                yield label;
            }
            case Paragraph p -> flow(p, "md-paragraph");
            case BulletList list -> list(list, false, 1);
            case OrderedList list -> list(list, true,
                    list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
            case FencedCodeBlock code -> codeBlock(code.getLiteral());
            case IndentedCodeBlock code -> codeBlock(code.getLiteral());
            case BlockQuote quote -> {
                VBox box = children(quote);
                box.getStyleClass().add("md-quote");
                yield box;
            }
            case ThematicBreak rule -> new Separator();
            case TableBlock table -> table(table);
            default -> flow(block, "md-paragraph");
        };
    }

    private static VBox children(org.commonmark.node.Node parent) {
        VBox box = new VBox();
        box.getStyleClass().add("md-blocks");
        for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            box.getChildren().add(block(child));
        }
        return box;
    }

    private static Node list(org.commonmark.node.Node list, boolean ordered, int start) {
        VBox items = new VBox();
        items.getStyleClass().add("md-list");
        int number = start;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Label marker = new Label(ordered ? number++ + "." : "•");
                marker.getStyleClass().add("md-list-marker");
                marker.setMinWidth(28);
                VBox content = children(item);
                HBox.setHgrow(content, Priority.ALWAYS);
                HBox row = new HBox(4, marker, content);
                row.getStyleClass().add("md-list-item");
                items.getChildren().add(row);
            }
        }
        return items;
    }

    private static Node codeBlock(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("md-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private static Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        List<Integer> widths = new ArrayList<>();
        List<Integer> longestWords = new ArrayList<>();
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    TextFlow cell = flow(c, "md-cell");
                    if (c instanceof TableCell tc && tc.isHeader()) {
                        cell.getStyleClass().add("md-header-cell");
                    }
                    cell.setMaxWidth(Double.MAX_VALUE);
                    cell.setMaxHeight(Double.MAX_VALUE);
                    if (widths.size() <= column) {
                        widths.add(0);
                        longestWords.add(0);
                    }
                    for (String word : plainText(c).split("\\s+")) {
                        longestWords.set(column, Math.max(longestWords.get(column), word.length()));
                    }
                    widths.set(column, Math.max(widths.get(column), Math.min(60, plainText(c).length())));
                    grid.add(cell, column++, row);
                }
                row++;
            }
        }
        // Columns share the width by their longest text (capped), so short columns stay narrow.
        double total = widths.stream().mapToInt(Integer::intValue).sum();
        for (int k = 0; k < widths.size(); k++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(total == 0 ? 100.0 / widths.size() : 100 * widths.get(k) / total);
            constraints.setMinWidth(longestWords.get(k) * 9 + 20); // never break inside a word
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    /** The inline content of {@code parent} as one text flow. */
    private static TextFlow flow(org.commonmark.node.Node parent, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        inline(parent, flow, new TreeSet<>());
        return flow;
    }

    private static void inline(org.commonmark.node.Node parent, TextFlow flow, Set<String> styles) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text t -> run(flow, t.getLiteral(), styles);
                case Code c -> run(flow, c.getLiteral(), with(styles, "md-code"));
                case SoftLineBreak b -> run(flow, " ", styles);
                case HardLineBreak b -> run(flow, "\n", styles);
                case Emphasis e -> inline(e, flow, with(styles, "md-em"));
                case StrongEmphasis s -> inline(s, flow, with(styles, "md-strong"));
                case Link l -> inline(l, flow, with(styles, "md-link"));
                default -> inline(node, flow, styles);
            }
        }
    }

    private static void run(TextFlow flow, String text, Set<String> styles) {
        Text run = new Text(text);
        run.getStyleClass().add("md-text");
        run.getStyleClass().addAll(styles);
        flow.getChildren().add(run);
    }

    private static Set<String> with(Set<String> styles, String style) {
        Set<String> more = new TreeSet<>(styles);
        more.add(style);
        return more;
    }

    /** A node's text without markup (for headings). */
    static String plainText(org.commonmark.node.Node parent) {
        StringBuilder text = new StringBuilder();
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text t -> text.append(t.getLiteral());
                case Code c -> text.append(c.getLiteral());
                case SoftLineBreak b -> text.append(' ');
                default -> text.append(plainText(node));
            }
        }
        return text.toString();
    }
}
