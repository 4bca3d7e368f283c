package org.unknot.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A calm message where a list has nothing to show yet: an icon, a title and a sentence. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon ikon, String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.EMPTY_TITLE);
        Label body = new Label(text);
        body.getStyleClass().add(Styles.EMPTY_TEXT);
        body.setWrapText(true);
        getChildren().addAll(Icons.icon(ikon, 56), heading, body);
        getStyleClass().add(Styles.EMPTY_STATE);
        setAlignment(Pos.CENTER);
        setMaxWidth(520);
    }
}
