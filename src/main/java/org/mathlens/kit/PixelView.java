package org.mathlens.kit;

/**
 * A canvas laid out in pixels rather than world units (a sheet, a card, a tree of boxes):
 * there is no view to fit or rescale on resize, and nothing is named on hover unless the
 * view says so by overriding {@link #nameAt}.
 */
public abstract class PixelView extends CanvasView {
    protected PixelView(String styleClass) {
        super(styleClass);
    }

    /** Nothing to fit: the layout is in pixels. */
    @Override
    public void fit() {
        fitted();
    }

    @Override
    protected void resized(double width, double height) {
    }

    @Override
    protected String nameAt(double x, double y) {
        return null;
    }
}
