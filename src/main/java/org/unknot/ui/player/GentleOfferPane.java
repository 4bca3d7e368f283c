package org.unknot.ui.player;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Styles;

/**
 * On the ready screen, on a flare day or with pain of 7 or more: why a gentle version is offered, what it changes
 * and its Start (G); the page's own Start plays the routine as planned. Takes no room when not offered.
 */
final class GentleOfferPane extends VBox {

    static final String STYLE_CLASS = "gentle-offer";
    /** More changed steps than this are summed up in a last line, so the offer stays short. */
    static final int MAX_LINES = 5;

    GentleOfferPane(PlayerViewModel viewModel) {
        super(8);
        GentleOffer offer = viewModel.gentle();
        setId("gentleOffer");
        getStyleClass().addAll(Styles.NOTE_BOX, STYLE_CLASS);
        Label title = new Label("Go gently today?");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label reason = wrapping(new Label());
        reason.setId("gentleReason");
        reason.textProperty().bind(offer.reasonProperty());
        VBox changes = new VBox(4);
        changes.setId("gentleChanges");
        List<String> lines = offer.changes();
        lines.stream().limit(MAX_LINES).forEach(line -> changes.getChildren().add(wrapping(new Label("•  " + line))));
        if (lines.size() > MAX_LINES) {
            int more = lines.size() - MAX_LINES;
            changes.getChildren().add(wrapping(new Label("•  and " + more + " more " + (more == 1 ? "step" : "steps")
                    + " made gentler the same way")));
        }
        Button startGentle = new Button("Start gentle   (G)");
        startGentle.setId("startGentleButton");
        startGentle.getStyleClass().add("accent");
        startGentle.setGraphic(Icons.icon(MaterialDesignP.PLAY, 18));
        startGentle.setOnAction(event -> viewModel.startGentle());
        startGentle.setDisable(!viewModel.canStart());
        startGentle.setMinWidth(Region.USE_PREF_SIZE);
        // the player's keys (G, Space) start it; a focused button would take Space for itself. The page's own Start
        // (Space) starts the routine as planned.
        startGentle.setFocusTraversable(false);
        getChildren().addAll(title, reason, changes, startGentle);
        visibleProperty().bind(offer.offeredProperty());
        managedProperty().bind(visibleProperty());
        setMaxWidth(Double.MAX_VALUE);
        offer.activate();
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
