package org.mathlens.kit;

import com.sun.javafx.font.PGFont;
import com.sun.javafx.geom.Path2D;
import com.sun.javafx.geom.PathIterator;
import com.sun.javafx.sg.prism.GrowableDataBuffer;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;

/**
 * A canvas's drawing as SVG elements, text as text. JavaFX records every GraphicsContext call
 * in the canvas's command buffer until the next pulse; a {@link CanvasView} is asked to paint
 * once more (from model and parameters, as always) with the buffer started afresh, and that
 * buffer is read back here op by op — so every pane's picture, whether drawn through
 * {@link Painter} or straight on {@code Painter.gc()}, comes out as vectors with no change to
 * the pane. The buffer is JavaFX's internal format (NGCanvas's opcodes, read but never
 * consumed); it is reachable when JavaFX runs from the class path, as Mathlens ships. Anything
 * not understood throws, and the caller embeds the canvas as pixels instead.
 */
final class SvgCanvas {
    // NGCanvas opcodes (JavaFX 17 to 21)
    private static final int GLOBAL_ALPHA = 0, COMP_MODE = 1, FILL_PAINT = 2, STROKE_PAINT = 3, LINE_WIDTH = 4,
            LINE_CAP = 5, LINE_JOIN = 6, MITER_LIMIT = 7, FONT = 8, TEXT_ALIGN = 9, TEXT_BASELINE = 10,
            TRANSFORM = 11, EFFECT = 12, PUSH_CLIP = 13, POP_CLIP = 14, ARC_TYPE = 15, FILL_RULE = 16,
            DASH_ARRAY = 17, DASH_OFFSET = 18, FONT_SMOOTH = 19, IMAGE_SMOOTH = 20,
            FILL_RECT = 25, STROKE_RECT = 26, CLEAR_RECT = 27, STROKE_LINE = 28, FILL_OVAL = 29, STROKE_OVAL = 30,
            FILL_ROUND_RECT = 31, STROKE_ROUND_RECT = 32, FILL_ARC = 33, STROKE_ARC = 34, FILL_TEXT = 35, STROKE_TEXT = 36,
            PATHSTART = 40, MOVETO = 41, LINETO = 42, QUADTO = 43, CUBICTO = 44, CLOSEPATH = 45, PATHEND = 46,
            FILL_PATH = 47, STROKE_PATH = 48, DRAW_IMAGE = 50, DRAW_SUBIMAGE = 51, PUT_ARGB = 52, PUT_ARGBPRE_BUF = 53,
            FX_APPLY_EFFECT = 60, RESET = 70, SET_DIMS = 71;

    private static final String[] CAPS = {"butt", "round", "square"};
    private static final String[] JOINS = {"miter", "round", "bevel"};
    private static final String[] ANCHORS = {"start", "middle", "end", "start"};
    // NGCanvas: top, middle, alphabetic, bottom
    private static final String[] BASELINES = {"text-before-edge", "central", "alphabetic", "text-after-edge"};

    private SvgCanvas() {
    }

    /** The canvas of a view, painted afresh and written as SVG (in the canvas's own coordinates). */
    static String of(CanvasView view, Canvas canvas) throws ReflectiveOperationException {
        Field current = Canvas.class.getDeclaredField("current");
        Field behind = Canvas.class.getDeclaredField("rendererBehind");
        current.setAccessible(true);
        behind.setAccessible(true);
        // a renderer "falling behind" makes the paint's first full-canvas fill start the buffer
        // afresh (RESET), so the buffer then holds exactly this one picture with its whole state
        behind.setBoolean(canvas, true);
        view.redrawAll();
        GrowableDataBuffer buf = (GrowableDataBuffer) current.get(canvas);
        if (buf == null) {
            throw new IllegalStateException("the canvas drew nothing");
        }
        Field vals = GrowableDataBuffer.class.getDeclaredField("vals");
        Field objs = GrowableDataBuffer.class.getDeclaredField("objs");
        vals.setAccessible(true);
        objs.setAccessible(true);
        byte[] bytes = (byte[]) vals.get(buf);
        if (buf.writeValuePosition() == 0 || bytes[0] != RESET) {
            throw new IllegalStateException("the canvas did not start afresh");
        }
        return new Reader(ByteBuffer.wrap(bytes, 0, buf.writeValuePosition()), (Object[]) objs.get(buf),
                canvas.getWidth(), canvas.getHeight()).read();
    }

    /** Decodes one buffer; the state mirrors NGCanvas's. */
    private static final class Reader {
        private final ByteBuffer in;
        private final Object[] objects;
        private int nextObject;
        private final double width;
        private final double height;
        private final List<String> elements = new ArrayList<>();
        private int openClips;
        private final StringBuilder path = new StringBuilder();
        private boolean evenOdd;
        private double alpha;
        private Color fill;
        private Color stroke;
        private double lineWidth;
        private int cap;
        private int join;
        private double miter;
        private double[] dashes;
        private double dashOffset;
        private PGFont font;
        private int align;
        private int baseline;
        private double[] tx;
        private int clipIds;

        Reader(ByteBuffer in, Object[] objects, double width, double height) {
            this.in = in;
            this.objects = objects;
            this.width = width;
            this.height = height;
            defaults();
        }

        private void defaults() {
            alpha = 1;
            fill = Color.BLACK;
            stroke = Color.BLACK;
            lineWidth = 1;
            cap = 2;
            join = 0;
            miter = 10;
            dashes = null;
            dashOffset = 0;
            font = null;
            align = 0;
            baseline = 2;
            tx = new double[] {1, 0, 0, 0, 1, 0};
            evenOdd = false;
        }

        private Object object() {
            return objects[nextObject++];
        }

        String read() {
            while (in.hasRemaining()) {
                int op = in.get();
                switch (op) {
                    case RESET -> {
                        // everything before is covered: start the picture again
                        elements.clear();
                        openClips = 0;
                        defaults();
                    }
                    case SET_DIMS -> {
                        in.getFloat();
                        in.getFloat();
                    }
                    case GLOBAL_ALPHA -> alpha = in.getFloat();
                    case COMP_MODE, EFFECT, FX_APPLY_EFFECT -> object(); // blend modes and effects: drawn plain
                    case FILL_PAINT -> fill = color(object());
                    case STROKE_PAINT -> stroke = color(object());
                    case LINE_WIDTH -> lineWidth = in.getFloat();
                    case LINE_CAP -> cap = in.get() & 0xff;
                    case LINE_JOIN -> join = in.get() & 0xff;
                    case MITER_LIMIT -> miter = in.getFloat();
                    case DASH_ARRAY -> dashes = (double[]) object();
                    case DASH_OFFSET -> dashOffset = in.getFloat();
                    case FONT -> font = (PGFont) object();
                    case FONT_SMOOTH, IMAGE_SMOOTH -> in.get();
                    case TEXT_ALIGN -> align = in.get() & 0xff;
                    case TEXT_BASELINE -> baseline = in.get() & 0xff;
                    case ARC_TYPE -> in.get();
                    case FILL_RULE -> evenOdd = in.get() != 0;
                    case TRANSFORM -> {
                        for (int i = 0; i < 6; i++) {
                            tx[i] = in.getDouble();
                        }
                    }
                    case PUSH_CLIP -> pushClip((Path2D) object());
                    case POP_CLIP -> {
                        if (openClips > 0) {
                            elements.add("</g>\n");
                            openClips--;
                        }
                    }
                    case PATHSTART -> path.setLength(0);
                    case MOVETO -> path.append('M').append(p(in.getFloat())).append(' ').append(p(in.getFloat()));
                    case LINETO -> path.append('L').append(p(in.getFloat())).append(' ').append(p(in.getFloat()));
                    case QUADTO -> path.append('Q').append(p(in.getFloat())).append(' ').append(p(in.getFloat()))
                            .append(' ').append(p(in.getFloat())).append(' ').append(p(in.getFloat()));
                    case CUBICTO -> path.append('C').append(p(in.getFloat())).append(' ').append(p(in.getFloat()))
                            .append(' ').append(p(in.getFloat())).append(' ').append(p(in.getFloat()))
                            .append(' ').append(p(in.getFloat())).append(' ').append(p(in.getFloat()));
                    case CLOSEPATH -> path.append('Z');
                    case PATHEND -> {
                    }
                    // paths are recorded in canvas coordinates, already transformed
                    case FILL_PATH -> shape("path", " d=\"" + path + "\"" + (evenOdd ? " fill-rule=\"evenodd\"" : ""), true, false);
                    case STROKE_PATH -> shape("path", " d=\"" + path + "\"", false, false);
                    case STROKE_LINE -> {
                        float x1 = in.getFloat(), y1 = in.getFloat(), x2 = in.getFloat(), y2 = in.getFloat();
                        shape("line", " x1=\"" + p(x1) + "\" y1=\"" + p(y1) + "\" x2=\"" + p(x2) + "\" y2=\"" + p(y2) + "\"", false, true);
                    }
                    case FILL_RECT, STROKE_RECT, CLEAR_RECT, FILL_OVAL, STROKE_OVAL -> {
                        float x = in.getFloat(), y = in.getFloat(), w = in.getFloat(), h = in.getFloat();
                        boolean oval = op == FILL_OVAL || op == STROKE_OVAL;
                        String geometry = oval
                                ? " cx=\"" + p(x + w / 2) + "\" cy=\"" + p(y + h / 2) + "\" rx=\"" + p(w / 2) + "\" ry=\"" + p(h / 2) + "\""
                                : " x=\"" + p(x) + "\" y=\"" + p(y) + "\" width=\"" + p(w) + "\" height=\"" + p(h) + "\"";
                        if (op != CLEAR_RECT) { // a cleared area shows what lies under the canvas: nothing to draw
                            shape(oval ? "ellipse" : "rect", geometry, op == FILL_RECT || op == FILL_OVAL, true);
                        }
                    }
                    case FILL_ROUND_RECT, STROKE_ROUND_RECT -> {
                        float x = in.getFloat(), y = in.getFloat(), w = in.getFloat(), h = in.getFloat();
                        float aw = in.getFloat(), ah = in.getFloat();
                        shape("rect", " x=\"" + p(x) + "\" y=\"" + p(y) + "\" width=\"" + p(w) + "\" height=\"" + p(h)
                                + "\" rx=\"" + p(aw / 2) + "\" ry=\"" + p(ah / 2) + "\"", op == FILL_ROUND_RECT, true);
                    }
                    case FILL_ARC, STROKE_ARC -> {
                        float x = in.getFloat(), y = in.getFloat(), w = in.getFloat(), h = in.getFloat();
                        float start = in.getFloat(), extent = in.getFloat();
                        shape("path", " d=\"" + arc(x, y, w, h, start, extent) + "\"", op == FILL_ARC, true);
                    }
                    case FILL_TEXT, STROKE_TEXT -> {
                        float x = in.getFloat(), y = in.getFloat();
                        in.getFloat(); // max width: labels here never pass one
                        in.get();
                        String text = (String) object();
                        text(text, x, y, op == STROKE_TEXT); // stroked: the halo a label wears over lines
                    }
                    case DRAW_IMAGE, DRAW_SUBIMAGE -> {
                        float x = in.getFloat(), y = in.getFloat(), w = in.getFloat(), h = in.getFloat();
                        com.sun.prism.Image img = (com.sun.prism.Image) object();
                        float sx = 0, sy = 0, sw = img.getWidth(), sh = img.getHeight();
                        if (op == DRAW_SUBIMAGE) {
                            sx = in.getFloat() * img.getPixelScale();
                            sy = in.getFloat() * img.getPixelScale();
                            sw = in.getFloat() * img.getPixelScale();
                            sh = in.getFloat() * img.getPixelScale();
                        }
                        image(img, (int) sx, (int) sy, (int) Math.ceil(sw), (int) Math.ceil(sh), x, y, w, h);
                    }
                    case PUT_ARGB -> {
                        in.getInt();
                        in.getInt();
                        in.getInt();
                    }
                    case PUT_ARGBPRE_BUF -> {
                        in.getInt();
                        in.getInt();
                        in.getInt();
                        in.getInt();
                        object();
                    }
                    default -> throw new IllegalStateException("unknown canvas op " + op);
                }
            }
            StringBuilder b = new StringBuilder();
            elements.forEach(b::append);
            for (int i = 0; i < openClips; i++) {
                b.append("</g>\n");
            }
            return b.toString();
        }

        private static String p(double v) {
            return SvgWriter.num(v);
        }

        private static Color color(Object prismPaint) {
            if (prismPaint instanceof com.sun.prism.paint.Color c) {
                return Color.color(clamp(c.getRed()), clamp(c.getGreen()), clamp(c.getBlue()), clamp(c.getAlpha()));
            }
            if (prismPaint instanceof com.sun.prism.paint.Gradient g && g.getNumStops() > 0) {
                return color(g.getStops().get(0).getColor());
            }
            return Color.GRAY;
        }

        private static double clamp(float v) {
            return Math.max(0, Math.min(1, v));
        }

        private String transform() {
            if (tx[0] == 1 && tx[1] == 0 && tx[3] == 0 && tx[4] == 1 && tx[2] == 0 && tx[5] == 0) {
                return "";
            }
            // NGCanvas order: mxx, mxy, mxt, myx, myy, myt; SVG: a=mxx b=myx c=mxy d=myy e=mxt f=myt
            return " transform=\"matrix(" + p(tx[0]) + ' ' + p(tx[3]) + ' ' + p(tx[1]) + ' ' + p(tx[4]) + ' ' + p(tx[2]) + ' ' + p(tx[5]) + ")\"";
        }

        private void shape(String tag, String geometry, boolean filled, boolean transformed) {
            StringBuilder b = new StringBuilder("<").append(tag).append(geometry);
            if (transformed) {
                b.append(transform());
            }
            if (filled) {
                paint(b, "fill", fill);
            } else {
                b.append(" fill=\"none\"");
                paint(b, "stroke", stroke);
                b.append(" stroke-width=\"").append(p(lineWidth)).append('"');
                if (cap != 0) {
                    b.append(" stroke-linecap=\"").append(CAPS[Math.min(cap, 2)]).append('"');
                }
                if (join != 0) {
                    b.append(" stroke-linejoin=\"").append(JOINS[Math.min(join, 2)]).append('"');
                } else if (miter != 4) {
                    b.append(" stroke-miterlimit=\"").append(p(miter)).append('"');
                }
                if (dashes != null && dashes.length > 0) {
                    b.append(" stroke-dasharray=\"");
                    for (int i = 0; i < dashes.length; i++) {
                        b.append(i == 0 ? "" : " ").append(p(dashes[i]));
                    }
                    b.append('"');
                    if (dashOffset != 0) {
                        b.append(" stroke-dashoffset=\"").append(p(dashOffset)).append('"');
                    }
                }
            }
            elements.add(b.append("/>\n").toString());
        }

        private void paint(StringBuilder b, String attribute, Color c) {
            double a = c.getOpacity() * alpha;
            b.append(' ').append(attribute).append("=\"").append(SvgWriter.hex(c)).append('"');
            if (a < 1) {
                b.append(' ').append(attribute).append("-opacity=\"").append(p(a)).append('"');
            }
        }

        private void text(String text, float x, float y, boolean stroked) {
            // the baseline placed as JavaFX places it (from the font's own ascent and descent), so
            // no reader has to honour dominant-baseline, which slide programs ignore
            if (baseline != 2 && font != null) {
                com.sun.javafx.font.Metrics m = font.getStrike(com.sun.javafx.geom.transform.BaseTransform.IDENTITY_TRANSFORM).getMetrics();
                float ascent = -m.getAscent();
                float descent = m.getDescent();
                float leading = m.getLineGap();
                float h = ascent + descent + leading;
                y += switch (baseline) {
                    case 0 -> ascent;
                    case 1 -> ascent - h / 2;
                    case 3 -> ascent - h;
                    default -> 0;
                };
            }
            StringBuilder b = new StringBuilder("<text x=\"").append(p(x)).append("\" y=\"").append(p(y)).append('"');
            b.append(transform());
            String family = font == null ? javafx.scene.text.Font.getDefault().getFamily() : font.getFamilyName();
            double size = font == null ? javafx.scene.text.Font.getDefault().getSize() : font.getSize();
            String full = font == null ? "" : (font.getFullName() + " " + font.getStyleName()).toLowerCase(java.util.Locale.ROOT);
            b.append(" font-family=\"").append(SvgWriter.escape(family)).append(", sans-serif\" font-size=\"").append(p(size)).append('"');
            if (full.contains("bold")) {
                b.append(" font-weight=\"bold\"");
            }
            if (full.contains("italic") || full.contains("oblique")) {
                b.append(" font-style=\"italic\"");
            }
            if (align != 0) {
                b.append(" text-anchor=\"").append(ANCHORS[Math.min(align, 3)]).append('"');
            }
            if (baseline != 2 && font == null) {
                b.append(" dominant-baseline=\"").append(BASELINES[Math.min(baseline, 3)]).append('"');
            }
            if (stroked) {
                b.append(" fill=\"none\"");
                paint(b, "stroke", stroke);
                b.append(" stroke-width=\"").append(p(lineWidth)).append("\" stroke-linejoin=\"round\"");
            } else {
                paint(b, "fill", fill);
            }
            b.append(" xml:space=\"preserve\">").append(SvgWriter.escape(text)).append("</text>\n");
            elements.add(b.toString());
        }

        private void pushClip(Path2D clip) {
            String id = "canvas-clip-" + System.identityHashCode(this) + "-" + (++clipIds);
            StringBuilder d = new StringBuilder();
            float[] c = new float[6];
            for (PathIterator it = clip.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> d.append('M').append(p(c[0])).append(' ').append(p(c[1]));
                    case PathIterator.SEG_LINETO -> d.append('L').append(p(c[0])).append(' ').append(p(c[1]));
                    case PathIterator.SEG_QUADTO -> d.append('Q').append(p(c[0])).append(' ').append(p(c[1])).append(' ')
                            .append(p(c[2])).append(' ').append(p(c[3]));
                    case PathIterator.SEG_CUBICTO -> d.append('C').append(p(c[0])).append(' ').append(p(c[1])).append(' ')
                            .append(p(c[2])).append(' ').append(p(c[3])).append(' ').append(p(c[4])).append(' ').append(p(c[5]));
                    default -> d.append('Z');
                }
            }
            elements.add("<clipPath id=\"" + id + "\"><path d=\"" + d + "\"/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n");
            openClips++;
        }

        /** An arc of an ellipse as a path (JavaFX angles: degrees, counter-clockwise on screen). */
        private static String arc(double x, double y, double w, double h, double start, double extent) {
            double cx = x + w / 2, cy = y + h / 2, rx = w / 2, ry = h / 2;
            double a0 = Math.toRadians(start), a1 = Math.toRadians(start + extent);
            double x0 = cx + rx * Math.cos(a0), y0 = cy - ry * Math.sin(a0);
            double x1 = cx + rx * Math.cos(a1), y1 = cy - ry * Math.sin(a1);
            int large = Math.abs(extent) > 180 ? 1 : 0;
            int sweep = extent > 0 ? 0 : 1;
            return "M" + p(x0) + " " + p(y0) + "A" + p(rx) + " " + p(ry) + " 0 " + large + " " + sweep + " " + p(x1) + " " + p(y1);
        }

        private void image(com.sun.prism.Image img, int sx, int sy, int sw, int sh, double x, double y, double w, double h) {
            if (sw <= 0 || sh <= 0) {
                return;
            }
            java.awt.image.BufferedImage pixels = new java.awt.image.BufferedImage(sw, sh, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int j = 0; j < sh; j++) {
                for (int i = 0; i < sw; i++) {
                    int xx = Math.min(img.getWidth() - 1, sx + i);
                    int yy = Math.min(img.getHeight() - 1, sy + j);
                    pixels.setRGB(i, j, img.getArgb(xx, yy));
                }
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(pixels, "png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            StringBuilder b = new StringBuilder("<image x=\"").append(p(x)).append("\" y=\"").append(p(y))
                    .append("\" width=\"").append(p(w)).append("\" height=\"").append(p(h)).append('"').append(transform());
            if (alpha < 1) {
                b.append(" opacity=\"").append(p(alpha)).append('"');
            }
            b.append(" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
            elements.add(b.toString());
        }
    }
}
