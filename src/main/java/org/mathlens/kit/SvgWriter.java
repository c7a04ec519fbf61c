package org.mathlens.kit;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A small SVG 1.1 writer (no dependency: JFreeSVG is GPLv3): elements appended as text, numbers
 * written short and locale-free, colours as #rrggbb with a separate opacity (which every viewer
 * and slide program reads), text escaped for XML.
 */
final class SvgWriter {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private int ids;

    SvgWriter(double width, double height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"")
                .append(" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append("\">\n");
    }

    String finish() {
        out.append("</svg>\n");
        return out.toString();
    }

    String newId(String prefix) {
        return prefix + (++ids);
    }

    SvgWriter raw(String s) {
        out.append(s);
        return this;
    }

    /** Opens a group with a 2D affine transform (mxx, myx, mxy, myy, tx, ty as SVG's matrix()). */
    void openGroup(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        out.append("<g");
        transform(mxx, myx, mxy, myy, tx, ty);
        out.append(">\n");
    }

    void transform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        if (mxx == 1 && myx == 0 && mxy == 0 && myy == 1) {
            if (tx != 0 || ty != 0) {
                out.append(" transform=\"translate(").append(num(tx)).append(' ').append(num(ty)).append(")\"");
            }
            return;
        }
        out.append(" transform=\"matrix(").append(num(mxx)).append(' ').append(num(myx)).append(' ')
                .append(num(mxy)).append(' ').append(num(myy)).append(' ').append(num(tx)).append(' ').append(num(ty)).append(")\"");
    }

    void closeGroup() {
        out.append("</g>\n");
    }

    /** fill="#rrggbb" fill-opacity="a" for a colour, or fill="none"; other paints take their first colour. */
    void paint(String attribute, Color c, double alpha) {
        if (c == null || c.getOpacity() * alpha <= 0) {
            out.append(' ').append(attribute).append("=\"none\"");
            return;
        }
        out.append(' ').append(attribute).append("=\"").append(hex(c)).append('"');
        double a = c.getOpacity() * alpha;
        if (a < 1) {
            out.append(' ').append(attribute).append("-opacity=\"").append(num(a)).append('"');
        }
    }

    static Color color(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof javafx.scene.paint.LinearGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(0).getColor();
        }
        if (p instanceof javafx.scene.paint.RadialGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(0).getColor();
        }
        return null;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    /** A number as short as it reads back to 1/1000 of a pixel. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        double r = Math.rint(v * 1000) / 1000;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        String s = String.format(Locale.ROOT, "%.3f", r);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }

    SvgWriter attr(String name, double value) {
        out.append(' ').append(name).append("=\"").append(num(value)).append('"');
        return this;
    }

    SvgWriter attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    SvgWriter text(String s) {
        out.append(escape(s));
        return this;
    }

    /** XML text: the five specials escaped, characters XML 1.0 forbids dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** font-family / size / weight / style attributes for a font. */
    void font(String family, double size, boolean bold, boolean italic) {
        out.append(" font-family=\"").append(escape(family)).append(", sans-serif\" font-size=\"").append(num(size)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (italic) {
            out.append(" font-style=\"italic\"");
        }
    }

    /** An image element holding PNG bytes, at (x, y) with size (w, h) in the current coordinates. */
    void png(byte[] png, double x, double y, double w, double h) {
        out.append("<image").append(" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(png)).append("\"/>\n");
    }
}
