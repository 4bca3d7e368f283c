package org.unknot.ui.player;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.unknot.domain.StopReason;
import org.unknot.ui.common.Styles;

/** Asked when the user stops early: why? Digits 1–4 choose, Esc keeps going. */
final class StopPane extends StackPane {

    StopPane(PlayerViewModel viewModel) {
        setId("stopPane");
        getStyleClass().add(Styles.OVERLAY);
        Label question = new Label("Why are you stopping?");
        question.getStyleClass().add(Styles.PAGE_TITLE);
        question.setWrapText(true);
        question.setMinHeight(USE_PREF_SIZE);
        Label detail = new Label("The session is kept in your history as stopped, with what you did.");
        detail.getStyleClass().add(Styles.MUTED);
        detail.setWrapText(true);
        detail.setMinHeight(USE_PREF_SIZE);
        VBox card = new VBox(14, question, detail);
        StopReason[] reasons = StopReason.values();
        for (int i = 0; i < reasons.length; i++) {
            StopReason reason = reasons[i];
            Button button = new Button((i + 1) + "   " + reason.label());
            button.setId("stopReason-" + reason.id());
            button.getStyleClass().add(Styles.BIG_BUTTON);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setFocusTraversable(false);
            button.setOnAction(event -> viewModel.stop(reason));
            card.getChildren().add(button);
        }
        Button keepGoing = new Button("Keep going   (Esc)");
        keepGoing.setId("keepGoingButton");
        keepGoing.getStyleClass().addAll("accent", Styles.BIG_BUTTON);
        keepGoing.setMaxWidth(Double.MAX_VALUE);
        keepGoing.setFocusTraversable(false);
        keepGoing.setOnAction(event -> viewModel.keepGoing());
        card.getChildren().add(keepGoing);
        // as wide as 560 px at 100 % text, wider with larger text (unknot.css), never wider than the window
        card.getStyleClass().addAll(Styles.OVERLAY_CARD, "stop-card");
        card.setMaxHeight(USE_PREF_SIZE);
        // centred while it fits; at a large text size in a small window the card scrolls rather than cut its text
        StackPane centred = new StackPane(card);
        centred.setMinHeight(USE_PREF_SIZE);
        centred.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("stop-scroll");
        getChildren().add(scroll);
    }

}
