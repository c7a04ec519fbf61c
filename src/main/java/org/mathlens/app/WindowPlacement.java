package org.mathlens.app;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the saved content size and position, kept on a screen. The screen is
 * the one the saved position is on (the primary one if it is on none, e.g. a projector
 * unplugged since); the size shrinks to that screen's usable area less room for the frame, and
 * the position moves so the whole window is on it. Pure, so it is tested without a display.
 */
final class WindowPlacement {
    /** Room for the window manager's frame around the content: title bar and borders. */
    static final double FRAME_WIDTH = 16;
    static final double FRAME_HEIGHT = 48;

    private WindowPlacement() {
    }

    /**
     * The content rectangle to open with; {@code x} and {@code y} are NaN when no position was
     * saved, and then so are the result's (the window manager places it).
     */
    static Rectangle2D place(double x, double y, double width, double height,
                             List<Rectangle2D> screens, Rectangle2D primary) {
        boolean positioned = Double.isFinite(x) && Double.isFinite(y);
        Rectangle2D screen = primary;
        if (positioned) {
            for (Rectangle2D s : screens) {
                if (s.contains(x + 1, y + 1)) {
                    screen = s;
                    break;
                }
            }
        }
        double w = Math.min(width, screen.getWidth() - FRAME_WIDTH);
        double h = Math.min(height, screen.getHeight() - FRAME_HEIGHT);
        if (!positioned) {
            return new Rectangle2D(Double.NaN, Double.NaN, w, h);
        }
        double px = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w - FRAME_WIDTH));
        double py = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h - FRAME_HEIGHT));
        return new Rectangle2D(px, py, w, h);
    }
}
