package org.unknot.ui.history;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.unknot.ui.common.Styles;

/**
 * "Flare day": a switch on a check-in, with one line saying what it means and what it changes. Used by today's
 * check-in card and by the correction of a past check-in.
 */
final class FlareSwitch extends VBox {

    static final String STYLE_CLASS = "flare-switch";

    FlareSwitch(String id, BooleanProperty flare) {
        super(2);
        getStyleClass().add(STYLE_CLASS);
        ToggleSwitch toggle = new ToggleSwitch("Flare day");
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(flare);
        Label meaning = new Label("Pain much worse than usual. On a flare day a session offers its gentle version.");
        meaning.getStyleClass().add(Styles.MUTED);
        meaning.setWrapText(true);
        meaning.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(toggle, meaning);
    }
}
