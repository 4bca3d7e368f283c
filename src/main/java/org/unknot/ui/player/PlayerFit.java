package org.unknot.ui.player;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Sizes the running player to its window. The text scales with the pane, relative to the app's text size, so a full
 * screen reads from further away and the smallest window still holds every line; the digits take a share of the
 * height; in a short window the technique's how-to gives way first.
 */
final class PlayerFit {

    /** The window size the sheet's sizes are drawn for. */
    private static final double DESIGN_WIDTH = 1100;
    private static final double DESIGN_HEIGHT = 760;
    private static final double MIN_SCALE = 0.7;
    private static final double MAX_SCALE = 1.6;
    /** Below this height the how-to line gives way to the digits. */
    private static final double SHORT = 620;

    private final Region pane;
    private final Label time;
    private final ReadOnlyBooleanWrapper roomy = new ReadOnlyBooleanWrapper(true);

    PlayerFit(Region pane, Label time) {
        this.pane = pane;
        this.time = time;
    }

    /** False in a short window: the lines that give way first are hidden. */
    ReadOnlyBooleanProperty roomyProperty() {
        return roomy.getReadOnlyProperty();
    }

    void follow() {
        pane.widthProperty().addListener((observable, old, width) -> resize());
        pane.heightProperty().addListener((observable, old, height) -> resize());
    }

    private void resize() {
        double width = pane.getWidth();
        double height = pane.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)));
        pane.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.3fem;", scale));
        double digits = Math.max(64, Math.min(height * 0.21, width * 0.19));
        time.setStyle("-fx-font-size: " + Math.round(digits) + "px;");
        roomy.set(height >= SHORT);
    }
}
