package org.unknot.ui.common;

import javafx.scene.Parent;
import org.unknot.domain.TextSize;

/**
 * Sets the text size on a window's root. unknot.css gives the root its normal size and every other size in em, so
 * the whole window — pages, player, charts — follows the root's.
 */
public final class TextScale {

    /** The root's font size in unknot.css, at 100 %. */
    public static final double NORMAL_PIXELS = 15;

    private TextScale() {
    }

    public static void apply(Parent root, TextSize size) {
        root.setStyle("-fx-font-size: " + pixels(size) + "px;");
    }

    /** The root's font size at {@code size}, e.g. 22.5 at 150 %. */
    public static double pixels(TextSize size) {
        return NORMAL_PIXELS * size.scale();
    }
}
