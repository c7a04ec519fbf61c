package org.mathlens.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * A laid-out pane (or any node) as an SVG document for slides and print: canvases become
 * vector shapes with their text as text ({@link SvgCanvas}), the controls' and readouts' words
 * become text, panels their filled and bordered boxes. What is not yet vector — a typeset
 * formula (its TeX glyph fonts are not on the reader's machine), an icon glyph, an image, a
 * canvas outside the kit — is embedded as a PNG at twice the size, exactly where it stands.
 * Call on the FX thread with the node laid out.
 */
public final class SvgExport {
    private final SvgWriter svg;
    private final Node root;
    private final List<String> embedded = new ArrayList<>();

    private SvgExport(Node root) {
        this.root = root;
        Bounds b = root.getLayoutBounds();
        svg = new SvgWriter(Math.ceil(b.getWidth()), Math.ceil(b.getHeight()));
    }

    /** The SVG text of the node as it is laid out now. */
    public static String of(Node root) {
        return write(root).text;
    }

    /** The SVG and the kinds of piece that went in as pixels (for the export's message and tests). */
    public static Result write(Node root) {
        SvgExport e = new SvgExport(root);
        Bounds b = root.getLayoutBounds();
        e.svg.raw("<rect x=\"0\" y=\"0\" width=\"" + SvgWriter.num(Math.ceil(b.getWidth())) + "\" height=\""
                + SvgWriter.num(Math.ceil(b.getHeight())) + "\"");
        e.svg.paint("fill", Theme.palette().background(), 1);
        e.svg.raw("/>\n");
        e.node(root);
        return new Result(e.svg.finish(), List.copyOf(e.embedded));
    }

    public record Result(String text, List<String> embedded) {
    }

    /** The node's transform to the root's coordinates. */
    private Transform toRoot(Node n) {
        Transform t = n.getLocalToSceneTransform();
        try {
            return root.getLocalToSceneTransform().createInverse().createConcatenation(t);
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            return t;
        }
    }

    private void open(Node n) {
        Transform t = toRoot(n);
        svg.openGroup(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }

    private void node(Node n) {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        boolean grouped = n.getOpacity() < 1 || n.getClip() != null;
        if (grouped) {
            svg.raw("<g");
            if (n.getOpacity() < 1) {
                svg.attr("opacity", n.getOpacity());
            }
            if (n.getClip() != null) {
                String id = svg.newId("clip");
                Bounds c = n.getClip().getBoundsInParent();
                Transform t = toRoot(n);
                svg.raw("><clipPath id=\"" + id + "\"><rect");
                svg.attr("x", c.getMinX()).attr("y", c.getMinY()).attr("width", c.getWidth()).attr("height", c.getHeight());
                svg.transform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
                svg.raw("/></clipPath><g clip-path=\"url(#" + id + ")\"");
            }
            svg.raw(">\n");
        }
        leaf(n);
        if (grouped) {
            if (n.getClip() != null) {
                svg.closeGroup();
            }
            svg.closeGroup();
        }
    }

    private void leaf(Node n) {
        String className = n.getClass().getName();
        if (n instanceof FormulaView || className.startsWith("org.kordamp.ikonli") || n instanceof javafx.scene.image.ImageView) {
            pixels(n, n instanceof FormulaView ? "formula" : className.startsWith("org.kordamp") ? "icon" : "image");
            return;
        }
        if (n instanceof Canvas canvas) {
            canvas(canvas);
            return;
        }
        if (n instanceof Text text) {
            text(text);
            return;
        }
        if (n instanceof Rectangle || n instanceof Circle || n instanceof Line) {
            shape((javafx.scene.shape.Shape) n);
            return;
        }
        if (n instanceof javafx.scene.shape.Shape) {
            pixels(n, "shape");
            return;
        }
        if (n instanceof Region r && r.getShape() != null) {
            pixels(n, "shape"); // a region drawn in a CSS shape (a combo box's arrow)
            return;
        }
        if (n instanceof Region r) {
            box(r);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                node(child);
            }
        }
    }

    private void canvas(Canvas canvas) {
        if (canvas.getParent() instanceof CanvasView view) {
            try {
                String body = SvgCanvas.of(view, canvas);
                open(canvas);
                // a canvas shows nothing past its edges; the drawing inside may reach beyond them
                String id = svg.newId("canvas");
                svg.raw("<clipPath id=\"" + id + "\"><rect x=\"0\" y=\"0\"");
                svg.attr("width", canvas.getWidth()).attr("height", canvas.getHeight());
                svg.raw("/></clipPath><g clip-path=\"url(#" + id + ")\">\n");
                svg.raw(body);
                svg.closeGroup();
                svg.closeGroup();
                return;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // JavaFX on the module path, or an op not read yet: the canvas as pixels
            }
        }
        pixels(canvas, "canvas");
    }

    private void box(Region r) {
        Background bg = r.getBackground();
        Border border = r.getBorder();
        boolean fills = bg != null && !bg.getFills().isEmpty();
        boolean strokes = border != null && !border.getStrokes().isEmpty();
        if (!fills && !strokes) {
            return;
        }
        open(r);
        double w = r.getWidth();
        double h = r.getHeight();
        if (fills) {
            for (BackgroundFill f : bg.getFills()) {
                Color c = SvgWriter.color(f.getFill());
                if (c == null || c.getOpacity() == 0) {
                    continue;
                }
                var in = f.getInsets();
                svg.raw("<rect");
                svg.attr("x", in.getLeft()).attr("y", in.getTop())
                        .attr("width", Math.max(0, w - in.getLeft() - in.getRight()))
                        .attr("height", Math.max(0, h - in.getTop() - in.getBottom()));
                double radius = f.getRadii() == null ? 0 : f.getRadii().getTopLeftHorizontalRadius();
                if (radius > 0) {
                    svg.attr("rx", radius);
                }
                svg.paint("fill", c, 1);
                svg.raw("/>\n");
            }
        }
        if (strokes) {
            for (BorderStroke s : border.getStrokes()) {
                Color c = SvgWriter.color(s.getTopStroke());
                double width = s.getWidths().getTop();
                if (c == null || c.getOpacity() == 0 || width <= 0 || s.getTopStyle() == javafx.scene.layout.BorderStrokeStyle.NONE) {
                    continue;
                }
                var in = s.getInsets();
                svg.raw("<rect");
                svg.attr("x", in.getLeft() + width / 2).attr("y", in.getTop() + width / 2)
                        .attr("width", Math.max(0, w - in.getLeft() - in.getRight() - width))
                        .attr("height", Math.max(0, h - in.getTop() - in.getBottom() - width));
                double radius = s.getRadii() == null ? 0 : s.getRadii().getTopLeftHorizontalRadius();
                if (radius > 0) {
                    svg.attr("rx", radius);
                }
                svg.raw(" fill=\"none\"");
                svg.paint("stroke", c, 1);
                svg.attr("stroke-width", width);
                svg.raw("/>\n");
            }
        }
        svg.closeGroup();
    }

    /** A text node, line by line as laid out (a wrapped label keeps its breaks). */
    private void text(Text t) {
        String s = t.getText();
        if (s == null || s.isBlank()) {
            return;
        }
        Color c = SvgWriter.color(t.getFill());
        if (c == null) {
            return;
        }
        open(t);
        Font f = t.getFont();
        String style = f.getStyle().toLowerCase(java.util.Locale.ROOT);
        Bounds lb = t.getLayoutBounds();
        double baseline = lb.getMinY() + t.getBaselineOffset();
        List<int[]> lines = lines(t, s);
        double lineHeight = lines.size() > 1 ? lb.getHeight() / lines.size() : 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String part = s.substring(line[0], line[1]).stripTrailing();
            if (part.isEmpty()) {
                continue;
            }
            double x = lines.size() > 1 ? caretX(t, line[0], lb.getMinX()) : lb.getMinX();
            svg.raw("<text");
            svg.attr("x", x).attr("y", baseline + i * lineHeight);
            svg.font(f.getFamily(), f.getSize(), style.contains("bold"), style.contains("italic"));
            svg.paint("fill", c, 1);
            svg.raw(" xml:space=\"preserve\">").text(part).raw("</text>\n");
        }
        svg.closeGroup();
    }

    /** [start, end) of each laid-out line, found where the caret drops to a new line. */
    private static List<int[]> lines(Text t, String s) {
        List<int[]> lines = new ArrayList<>();
        if (t.getWrappingWidth() <= 0 && s.indexOf('\n') < 0) {
            lines.add(new int[] {0, s.length()});
            return lines;
        }
        int start = 0;
        double y = caretY(t, 0);
        for (int i = 1; i < s.length(); i++) {
            double yi = caretY(t, i);
            if (yi > y + 0.5) {
                lines.add(new int[] {start, i});
                start = i;
                y = yi;
            }
        }
        lines.add(new int[] {start, s.length()});
        for (int[] l : lines) {
            if (l[1] > l[0] && s.charAt(l[1] - 1) == '\n') {
                l[1]--;
            }
        }
        return lines;
    }

    private static double caretY(Text t, int index) {
        var shape = t.caretShape(index, true);
        return shape.length > 0 && shape[0] instanceof javafx.scene.shape.MoveTo m ? m.getY() : 0;
    }

    private static double caretX(Text t, int index, double otherwise) {
        var shape = t.caretShape(index, true);
        return shape.length > 0 && shape[0] instanceof javafx.scene.shape.MoveTo m ? m.getX() : otherwise;
    }

    private void shape(javafx.scene.shape.Shape s) {
        Color fill = SvgWriter.color(s.getFill());
        Color stroke = SvgWriter.color(s.getStroke());
        open(s);
        if (s instanceof Rectangle r) {
            svg.raw("<rect").attr("x", r.getX()).attr("y", r.getY()).attr("width", r.getWidth()).attr("height", r.getHeight());
            if (r.getArcWidth() > 0) {
                svg.attr("rx", r.getArcWidth() / 2).attr("ry", r.getArcHeight() / 2);
            }
        } else if (s instanceof Circle c) {
            svg.raw("<circle").attr("cx", c.getCenterX()).attr("cy", c.getCenterY()).attr("r", c.getRadius());
        } else {
            Line l = (Line) s;
            svg.raw("<line").attr("x1", l.getStartX()).attr("y1", l.getStartY()).attr("x2", l.getEndX()).attr("y2", l.getEndY());
        }
        svg.paint("fill", fill, 1);
        svg.paint("stroke", stroke, 1);
        if (stroke != null) {
            svg.attr("stroke-width", s.getStrokeWidth());
        }
        svg.raw("/>\n");
        svg.closeGroup();
    }

    /** A piece that is not vector yet, embedded as a PNG at twice its size where it stands. */
    private void pixels(Node n, String kind) {
        Bounds b = n.getBoundsInLocal();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(2, 2));
        javafx.scene.image.WritableImage image = n.snapshot(params, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
        } catch (IOException e) {
            return;
        }
        if (!embedded.contains(kind)) {
            embedded.add(kind);
        }
        open(n);
        svg.png(png.toByteArray(), b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        svg.closeGroup();
    }
}
