package org.unknot.ui.player;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.unknot.ui.common.TextScale;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/**
 * Sizes the running player to its window. The text scales with the pane, relative to the app's text size, so a full
 * screen reads from further away and the smallest window still holds every line; the digits take a share of the
 * height; in a short window the technique's how-to gives way first. When the lines still do not fit (a cue of 280
 * characters, the largest text size) everything shrinks a step at a time until they do.
 */
final class PlayerFit {

    /** The window size the sheet's sizes are drawn for. */
    private static final double DESIGN_WIDTH = 1100;
    private static final double DESIGN_HEIGHT = 760;
    private static final double MIN_SCALE = 0.7;
    private static final double MAX_SCALE = 1.6;
    private static final double MIN_DIGITS = 56;
    private static final double SHRINK = 0.9;
    private static final int MAX_STEPS = 10;
    /** Below this height the how-to line gives way to the digits. */
    private static final double SHORT = 620;

    private final BorderPane pane;
    private final Label time;
    private final ReadOnlyBooleanWrapper roomy = new ReadOnlyBooleanWrapper(true);
    private final InvalidationListener sized = observable -> resize();

    PlayerFit(BorderPane pane, Label time) {
        this.pane = pane;
        this.time = time;
    }

    /** False in a short window: the lines that give way first are hidden. */
    ReadOnlyBooleanProperty roomyProperty() {
        return roomy.getReadOnlyProperty();
    }

    /** Fits again when the window's size changes, and when any of {@code texts} does (a longer cue, say). */
    void follow(ObservableValue<?>... texts) {
        // the window's size, not the pane's: a pane whose text is too large for the window is made larger than it
        // and the window's text size, set on its scaled root: a change of it refits too
        pane.sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.widthProperty().removeListener(sized);
                old.heightProperty().removeListener(sized);
                TextScale.scaledRoot(old).styleProperty().removeListener(sized);
            }
            if (scene != null) {
                scene.widthProperty().addListener(sized);
                scene.heightProperty().addListener(sized);
                TextScale.scaledRoot(scene).styleProperty().addListener(sized);
                resize();
            }
        });
        for (ObservableValue<?> text : texts) {
            text.addListener((observable, old, now) -> resize());
        }
    }

    private void resize() {
        Scene scene = pane.getScene();
        if (scene == null || scene.getWidth() <= 0 || scene.getHeight() <= 0) {
            return;
        }
        double width = scene.getWidth();
        double height = scene.getHeight();
        double scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)));
        double digits = Math.min(height * 0.21, width * 0.19);
        roomy.set(height >= SHORT);
        // A long cue or a large text size may still not fit: then everything shrinks a step at a time.
        for (int step = 0; step < MAX_STEPS; step++) {
            pane.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.3fem;", scale));
            time.setStyle("-fx-font-size: " + Math.round(Math.max(MIN_DIGITS, digits)) + "px;");
            pane.applyCss();
            if (neededHeight(width) <= height) {
                return;
            }
            scale *= SHRINK;
            digits *= SHRINK;
        }
    }

    /** Top, centre and bottom at their preferred heights for the width they get (BorderPane's own sum drops some). */
    private double neededHeight(double width) {
        Insets insets = pane.getInsets();
        double inner = width - insets.getLeft() - insets.getRight();
        double needed = insets.getTop() + insets.getBottom();
        for (Node part : new Node[] {pane.getTop(), pane.getCenter(), pane.getBottom()}) {
            needed += part == null ? 0 : part.prefHeight(inner);
        }
        return needed;
    }
}
