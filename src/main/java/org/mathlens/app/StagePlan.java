package org.mathlens.app;

/**
 * Which columns stand beside the picture at a given window width, and how wide they are, so
 * the picture keeps at least {@link #PICTURE_SHARE} of the width (issue 13: the picture first).
 * Pure arithmetic, so the rule is tested without a window; the shell applies the result.
 *
 * <p>The columns give way in this order: the navigator (when it is left to itself), then the
 * lesson narrows to its minimum, then the controls move under the picture. What the learner
 * asked for explicitly (navigator shown, controls beside) is kept even if the picture then
 * gets less.
 */
public record StagePlan(boolean navigator, double navigatorWidth, boolean lesson, double lessonWidth,
                        PlacedControls controls, double controlsWidth) {

    /** The least share of the window's width the picture gets with the columns left to themselves. */
    public static final double PICTURE_SHARE = 0.55;
    /** Kept free for the grip between picture and lesson and the rounding of widths. */
    static final double MARGIN = 16;
    public static final double NAVIGATOR_WIDTH = 210;
    public static final double CONTROLS_WIDTH = 290;
    public static final double LESSON_MIN = 240;
    public static final double LESSON_MAX = 640;
    public static final double LESSON_DEFAULT = 340;
    /** Below this width the navigator, left to itself, folds away. */
    public static final double NAVIGATOR_AUTO_WIDTH = 1280;

    /** What the learner asked for: automatic, or explicitly shown / hidden. */
    public enum Wish { AUTO, SHOWN, HIDDEN }

    /** Where the controls and values go. */
    public enum PlacedControls { BESIDE, BELOW, HIDDEN }

    /** What the learner asked for the controls: automatic, beside, below, or hidden. */
    public enum ControlsWish { AUTO, BESIDE, BELOW, HIDDEN }

    /**
     * The plan for a window {@code width} wide: {@code lessonWish} is the lesson width the
     * learner dragged to (or the default), {@code lessonShown} whether the lesson column is open.
     */
    public static StagePlan of(double width, Wish navigatorWish, boolean lessonShown, double lessonWish,
                               ControlsWish controlsWish) {
        double budget = (1 - PICTURE_SHARE) * width - MARGIN;
        boolean nav = navigatorWish == Wish.SHOWN || (navigatorWish == Wish.AUTO && width >= NAVIGATOR_AUTO_WIDTH);
        PlacedControls controls = switch (controlsWish) {
            case AUTO, BESIDE -> PlacedControls.BESIDE;
            case BELOW -> PlacedControls.BELOW;
            case HIDDEN -> PlacedControls.HIDDEN;
        };
        double lessonMin = lessonShown ? LESSON_MIN : 0;
        if (nav && navigatorWish == Wish.AUTO && used(nav, lessonMin, controls) > budget) {
            nav = false;
        }
        if (controls == PlacedControls.BESIDE && controlsWish == ControlsWish.AUTO && used(nav, lessonMin, controls) > budget) {
            controls = PlacedControls.BELOW;
        }
        double lesson = 0;
        if (lessonShown) {
            double wish = clamp(lessonWish, LESSON_MIN, LESSON_MAX);
            lesson = clamp(budget - used(nav, 0, controls), LESSON_MIN, wish);
        }
        return new StagePlan(nav, nav ? NAVIGATOR_WIDTH : 0, lessonShown, lesson, controls,
                controls == PlacedControls.BESIDE ? CONTROLS_WIDTH : 0);
    }

    private static double used(boolean nav, double lesson, PlacedControls controls) {
        return (nav ? NAVIGATOR_WIDTH : 0) + lesson + (controls == PlacedControls.BESIDE ? CONTROLS_WIDTH : 0);
    }

    static double clamp(double x, double lo, double hi) {
        return Double.isFinite(x) ? Math.max(lo, Math.min(hi, x)) : lo;
    }

    /** The width left for the picture in a window this wide (before borders). */
    public double pictureWidth(double width) {
        return width - navigatorWidth - lessonWidth - controlsWidth;
    }
}
