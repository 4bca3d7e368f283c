package org.unknot.ui.player;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.unknot.ui.common.Icons;

/**
 * Paused, unmistakable from across the room: a wide band over the dimmed screen. The buttons beneath still answer a
 * click, so Resume and Stop stay where they were.
 */
final class PausedPane extends StackPane {

    PausedPane(PlayerViewModel viewModel) {
        setId("pausedOverlay");
        getStyleClass().add(PlayerStyles.PAUSED_OVERLAY);
        setMouseTransparent(true);
        // a narrow window breaks the line after the dash only
        Label text = new Label("Paused  —  Space\u00a0to\u00a0go\u00a0on", Icons.icon(MaterialDesignP.PAUSE_CIRCLE_OUTLINE, 72));
        text.setId("pausedLabel");
        text.getStyleClass().add(PlayerStyles.PAUSED_TEXT);
        text.setWrapText(true);
        text.setAlignment(Pos.CENTER);
        VBox band = new VBox(text);
        band.setAlignment(Pos.CENTER);
        band.setMaxHeight(USE_PREF_SIZE);
        band.getStyleClass().add("band");
        getChildren().add(band);
        visibleProperty().bind(viewModel.pausedProperty());
    }
}
