package org.unknot.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Layout pieces that every page uses the same way. */
public final class Layouts {

    private Layouts() {
    }

    /** A page body that scrolls up and down, fills the page's width, and takes the height left in a VBox. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** The row of a page's actions: a secondary one on the left, the main one on the right. */
    public static HBox actionBar(Node left, Node right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, left, spacer, right);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
