package org.unknot.ui.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.unknot.domain.TextSize;

/**
 * Sets the text size on a window's root. unknot.css gives the root its normal size and every other size in em, so
 * the whole window — pages, player, charts — follows the root's.
 */
public final class TextScale {

    /** The root's font size in unknot.css, at 100 %. */
    public static final double NORMAL_PIXELS = 15;
    private static final String SCALED = "text-scaled";
    private static final Pattern PIXELS = Pattern.compile("-fx-font-size: ([0-9.]+)px");

    private TextScale() {
    }

    public static void apply(Parent root, TextSize size) {
        root.setStyle("-fx-font-size: " + pixels(size) + "px;");
        if (!root.getStyleClass().contains(SCALED)) {
            root.getStyleClass().add(SCALED);
        }
    }

    /**
     * The text size in force in a window, as a style for a dialog over it; empty when none was applied. Found by its
     * style class, because the node that carries it need not be the scene's root: ControlsFX's decorations wrap the
     * root in a pane of their own.
     */
    public static String styleIn(Window window) {
        Scene scene = window.getScene();
        Node scaled = scene == null ? null : scene.getRoot().lookup("." + SCALED);
        return scaled == null ? "" : scaled.getStyle();
    }

    /** The node of {@code scene} that carries the text size: its scaled root, or the scene's root before one is set. */
    public static Node scaledRoot(Scene scene) {
        Node scaled = scene.getRoot().lookup("." + SCALED);
        return scaled == null ? scene.getRoot() : scaled;
    }

    /** How many times the normal size the text of {@code scene} is: 1.5 at 150 %, 1 before a size is applied. */
    public static double factor(Scene scene) {
        Matcher size = PIXELS.matcher(scaledRoot(scene).getStyle());
        return size.find() ? Double.parseDouble(size.group(1)) / NORMAL_PIXELS : 1;
    }

    /** The root's font size at {@code size}, e.g. 22.5 at 150 %. */
    public static double pixels(TextSize size) {
        return NORMAL_PIXELS * size.scale();
    }
}
