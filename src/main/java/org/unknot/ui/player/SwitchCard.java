package org.unknot.ui.player;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.unknot.ui.common.Icons;

/**
 * The side change, full screen in the switch cue's colour for its first seconds: "Switch to the right side", with
 * the area and the time of the side below.
 */
final class SwitchCard extends StackPane {

    SwitchCard(PlayerViewModel viewModel) {
        setId("switchCard");
        getStyleClass().add(PlayerStyles.SWITCH_CARD);
        Label text = new Label("", Icons.icon(MaterialDesignS.SWAP_HORIZONTAL_BOLD, 96));
        text.setId("switchLabel");
        text.getStyleClass().add(PlayerStyles.SWITCH_TEXT);
        // "right side" stays on one line when the words wrap
        text.textProperty().bind(viewModel.floor().switchToProperty().map(words -> words.replace(" side", "\u00a0side")));
        text.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        text.setWrapText(true);
        text.setAlignment(Pos.CENTER);
        Label detail = new Label();
        detail.setId("switchDetail");
        detail.getStyleClass().add(PlayerStyles.CARD_DETAIL);
        detail.textProperty().bind(Bindings.concat(viewModel.areaProperty(), "  ·  ", viewModel.remainingProperty()));
        VBox card = new VBox(24, text, detail);
        card.setAlignment(Pos.CENTER);
        getChildren().add(card);
        visibleProperty().bind(viewModel.floor().switchToProperty().isNotEmpty());
    }
}
