package org.mathlens.lesson;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.mathlens.kit.FormulaView;

/**
 * Turns lesson Markdown into JavaFX nodes (no WebView): paragraphs become wrapping TextFlows,
 * {@code $...$} becomes an inline {@link FormulaView} on the text's baseline, {@code $$...$$} a
 * centred display formula. Styling is left to CSS: AtlantaFX classes ({@code title-*},
 * {@code text-bold}, {@code text-italic}, {@code text-muted}, {@code accent}) plus {@code lesson-*}.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    /** Formulas look a little small beside text of the same nominal size. */
    private static final double FORMULA_TO_TEXT = 1.1;
    private static final double DISPLAY_TO_TEXT = 1.25;

    private final List<MathSpans.Span> formulas;

    private MarkdownRenderer(List<MathSpans.Span> formulas) {
        this.formulas = formulas;
    }

    /** A VBox (style class {@code lesson-markdown}) showing the Markdown. */
    public static VBox render(String markdown) {
        // Formulas are swapped out first, so '_' and '*' inside them are not read as emphasis.
        MathSpans.Extracted extracted = MathSpans.extract(markdown == null ? "" : markdown);
        VBox box = new VBox() {
            @Override
            public String getUserAgentStylesheet() {
                return LessonView.STYLESHEET;           // text colours follow the theme wherever this is shown
            }
        };
        box.getStyleClass().add("lesson-markdown");
        new MarkdownRenderer(extracted.formulas()).blocks(PARSER.parse(extracted.markdown()), box.getChildren());
        return box;
    }

    /** Inline Markdown (e.g. a step title) as one TextFlow whose text carries the given style classes. */
    public static TextFlow renderInline(String markdown, String... styleClasses) {
        MathSpans.Extracted extracted = MathSpans.extract(markdown == null ? "" : markdown);
        org.commonmark.node.Node doc = PARSER.parse(extracted.markdown());
        Inlines inlines = new MarkdownRenderer(extracted.formulas()).new Inlines(List.of(styleClasses));
        org.commonmark.node.Node first = doc.getFirstChild();
        if (first != null) {
            inlines.children(first);                     // a title is one paragraph (or heading)
        }
        TextFlow line = styled(new TextFlow(), "lesson-text");
        for (Node n : inlines.finish()) {
            if (n instanceof TextFlow flow) {
                line.getChildren().addAll(List.copyOf(flow.getChildren()));
            } else {
                line.getChildren().add(n);
            }
        }
        return line;
    }

    private void blocks(org.commonmark.node.Node parent, List<Node> out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
    }

    private void block(org.commonmark.node.Node n, List<Node> out) {
        if (n instanceof Paragraph) {
            out.addAll(inlines(n));
        } else if (n instanceof Heading h) {
            String title = h.getLevel() <= 1 ? "title-2" : h.getLevel() == 2 ? "title-3" : "title-4";
            out.addAll(inlines(n, title, "lesson-heading"));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            out.add(list(n));
        } else if (n instanceof BlockQuote) {
            VBox quote = styled(new VBox(), "lesson-quote");
            blocks(n, quote.getChildren());
            out.add(quote);
        } else if (n instanceof FencedCodeBlock code) {
            out.add(codeBlock(code.getLiteral()));
        } else if (n instanceof IndentedCodeBlock code) {
            out.add(codeBlock(code.getLiteral()));
        } else if (n instanceof ThematicBreak) {
            out.add(styled(new Separator(), "lesson-rule"));
        } else if (n instanceof HtmlBlock html) {
            out.add(flowOf(text(html.getLiteral().strip(), List.of("text-muted"))));
        } else if (n instanceof Document || n instanceof ListItem) {
            blocks(n, out);
        }
        // LinkReferenceDefinition and other non-visual blocks: nothing to show
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = styled(new VBox(), "lesson-list");
        Integer start = list instanceof OrderedList o ? o.getMarkerStartNumber() : null;
        int number = start == null ? 1 : start;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = styled(new Label(list instanceof OrderedList ? number++ + "." : "\u2022"), "lesson-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox content = styled(new VBox(), "lesson-list-item");
            content.setMinWidth(0);
            content.setPrefWidth(0);                    // take the row's width, then wrap inside it
            blocks(item, content.getChildren());
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.setSpacing(6);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node codeBlock(String literal) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextFlow flow = flowOf(text(code, List.of("lesson-code")));
        flow.getStyleClass().add("lesson-code-block");
        return flow;
    }

    private List<Node> inlines(org.commonmark.node.Node parent, String... styleClasses) {
        Inlines inlines = new Inlines(List.of(styleClasses));
        inlines.children(parent);
        return inlines.finish();
    }

    /**
     * Collects the inline content of one block into TextFlows. A display formula ends the current
     * flow and stands centred on its own, so one Markdown paragraph may become several nodes.
     */
    private final class Inlines {
        private final List<Node> out = new ArrayList<>();
        private final Deque<String> styles = new ArrayDeque<>();
        private final List<String> blockStyles;
        private TextFlow flow;
        private Text fontProbe;                          // formulas take their size from the text around them
        private List<Node> linkNodes;                    // non-null while inside a link

        Inlines(List<String> blockStyles) {
            this.blockStyles = blockStyles;
        }

        List<Node> finish() {
            endFlow();
            return out;
        }

        void children(org.commonmark.node.Node parent) {
            for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n);
            }
        }

        private void inline(org.commonmark.node.Node n) {
            if (n instanceof org.commonmark.node.Text t) {
                literal(t.getLiteral());
            } else if (n instanceof Emphasis) {
                styledChildren(n, "text-italic");
            } else if (n instanceof StrongEmphasis) {
                styledChildren(n, "text-bold");
            } else if (n instanceof Code code) {
                add(text(code.getLiteral(), with("lesson-code")));
            } else if (n instanceof Link link) {
                link(link);
            } else if (n instanceof SoftLineBreak) {
                add(text(" ", with()));
            } else if (n instanceof HardLineBreak) {
                add(text("\n", with()));
            } else if (n instanceof HtmlInline html) {
                add(text(html.getLiteral(), with("text-muted")));
            } else {
                children(n);                             // e.g. an image: show its alt text
            }
        }

        private void styledChildren(org.commonmark.node.Node n, String style) {
            styles.push(style);
            children(n);
            styles.pop();
        }

        /** Links are shown, not followed (the app is offline): accent text, the address as a tooltip. */
        private void link(Link link) {
            List<Node> outer = linkNodes;
            linkNodes = new ArrayList<>();
            styles.push("accent");
            styles.push("lesson-link");
            children(link);
            styles.pop();
            styles.pop();
            String tip = link.getTitle() == null || link.getTitle().isBlank()
                    ? link.getDestination() : link.getTitle() + "\n" + link.getDestination();
            for (Node node : linkNodes) {
                Tooltip.install(node, new Tooltip(tip));
            }
            if (outer != null) {
                outer.addAll(linkNodes);
            }
            linkNodes = outer;
        }

        /** Text with formula placeholders in it. */
        private void literal(String s) {
            Matcher m = MathSpans.PLACEHOLDER.matcher(s);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    add(text(s.substring(last, m.start()), with()));
                }
                formula(formulas.get(Integer.parseInt(m.group(1))));
                last = m.end();
            }
            if (last < s.length()) {
                add(text(s.substring(last), with()));
            }
        }

        private void formula(MathSpans.Span span) {
            FormulaView view = new FormulaView(span.latex(), span.display());
            ensureFlow();
            Text probe = fontProbe;
            view.sizeProperty().bind(Bindings.createDoubleBinding(
                    () -> fontSize(probe) * (span.display() ? DISPLAY_TO_TEXT : FORMULA_TO_TEXT), probe.fontProperty()));
            if (!span.display()) {
                view.getStyleClass().add("lesson-inline-math");
                add(view);
                return;
            }
            endFlow();
            // a display formula sits outside any text flow, so it gets its own (invisible) probe
            // whose font follows the CSS — presenter mode's larger text makes it larger too
            Text ownProbe = new Text();
            ownProbe.setManaged(false);
            ownProbe.setVisible(false);
            ownProbe.getStyleClass().addAll(probe.getStyleClass());
            FitToWidth box = new FitToWidth(view, ownProbe);
            view.sizeProperty().unbind();
            view.sizeProperty().bind(Bindings.createDoubleBinding(
                    () -> fontSize(ownProbe) * DISPLAY_TO_TEXT * box.fitProperty().get(), ownProbe.fontProperty(), box.fitProperty()));
            out.add(styled(box, "lesson-display-math"));
        }

        private void add(Node node) {
            ensureFlow();
            flow.getChildren().add(node);
            if (linkNodes != null) {
                linkNodes.add(node);
            }
        }

        private void ensureFlow() {
            if (flow == null) {
                flow = styled(new TextFlow(), "lesson-text");
                fontProbe = text("", with());            // empty: invisible, but styled like the text
                flow.getChildren().add(fontProbe);
            }
        }

        private void endFlow() {
            if (flow != null && flow.getChildren().size() > 1 && !isBlank(flow)) {
                out.add(flow);
            }
            flow = null;
            fontProbe = null;
        }

        private List<String> with(String... extra) {
            List<String> all = new ArrayList<>(blockStyles);
            all.addAll(styles);
            all.addAll(List.of(extra));
            return all;
        }
    }

    private static boolean isBlank(TextFlow flow) {
        return flow.getChildren().stream().allMatch(n -> n instanceof Text t && t.getText().isBlank());
    }

    private static double fontSize(Text probe) {
        return probe.getFont() == null ? FormulaView.DEFAULT_SIZE : probe.getFont().getSize();
    }

    private static Text text(String s, List<String> styleClasses) {
        Text t = new Text(s);
        t.getStyleClass().addAll(styleClasses);
        return t;
    }

    private static TextFlow flowOf(Text text) {
        TextFlow flow = styled(new TextFlow(text), "lesson-text");
        return flow;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
