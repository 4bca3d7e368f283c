package org.unknot.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The main window's size: roomy on a large screen, nine tenths of a small one, never below what the pages need and
 * never larger than the screen's visible area (without task bars), so no page opens with its edge off screen.
 */
record WindowSize(double width, double height) {

    /** What every page lays itself out in without cutting text; measured with the pages at their narrowest. */
    static final WindowSize MINIMUM = new WindowSize(760, 540);
    private static final WindowSize ROOMY = new WindowSize(1100, 760);
    private static final double SHARE_OF_SMALL_SCREEN = 0.9;

    /** The size the window opens at on a screen whose visible area is {@code visible}. */
    static WindowSize opening(Rectangle2D visible) {
        return new WindowSize(fit(ROOMY.width, MINIMUM.width, visible.getWidth()),
                fit(ROOMY.height, MINIMUM.height, visible.getHeight()));
    }

    /** The smallest size the user may make it: the pages' minimum, unless the screen itself is smaller. */
    static WindowSize minimum(Rectangle2D visible) {
        return new WindowSize(Math.min(MINIMUM.width, visible.getWidth()),
                Math.min(MINIMUM.height, visible.getHeight()));
    }

    /** Sizes {@code stage} for the screen area {@code visible} and centres it there. */
    static void apply(Stage stage, Rectangle2D visible) {
        WindowSize minimum = minimum(visible);
        WindowSize opening = opening(visible);
        stage.setMinWidth(minimum.width);
        stage.setMinHeight(minimum.height);
        stage.setWidth(opening.width);
        stage.setHeight(opening.height);
        stage.setX(visible.getMinX() + (visible.getWidth() - opening.width) / 2);
        stage.setY(visible.getMinY() + (visible.getHeight() - opening.height) / 2);
    }

    private static double fit(double roomy, double minimum, double screen) {
        double wanted = Math.min(roomy, Math.ceil(screen * SHARE_OF_SMALL_SCREEN));
        return Math.min(screen, Math.max(minimum, wanted));
    }
}
