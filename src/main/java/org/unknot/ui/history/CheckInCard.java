package org.unknot.ui.history;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.ui.body.AreaPicker;
import org.unknot.ui.body.BodyMapSource;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.ShrinkingFlow;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;

/** "How is your pain today?": a daily check-in without a session, at the top of the History page. */
final class CheckInCard extends TitledPane {

    CheckInCard(CheckInViewModel viewModel, PegPane weekly, BodyMapSource maps) {
        setId("checkInCard");
        // A short title (a header does not wrap), so the card fits a narrow window at a large text size; what it is
        // for opens with it.
        setText("How is your pain today?");
        setExpanded(false);
        // open, it keeps its height (the body map, the note and the weekly questions): the page scrolls rather
        // than squeeze the card
        setMinHeight(Region.USE_PREF_SIZE);
        AreaPicker areas = new AreaPicker(viewModel.areaChoice(), maps, "checkInArea-");
        TextField note = new TextField();
        note.setId("checkInNote");
        note.setPromptText("A note (optional)");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        ValidationMarks.show(note, viewModel.noteProblemProperty());
        Button save = new Button("Save check-in");
        save.setId("saveCheckInButton");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        save.disableProperty().bind(viewModel.writeAccess().allowedProperty().not());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("checkInStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        // In a narrow window the button goes below the scores; the status sentence has a line of its own.
        ShrinkingFlow row = new ShrinkingFlow(12, 8, new ScoreButtons(viewModel.scoreProperty(),
                viewModel.scoreProperty()::set, "checkIn-", true), save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label purpose = new Label("A daily check-in, with or without a session: rate your pain now, where it hurts, "
                + "and a note if you like.");
        purpose.setWrapText(true);
        purpose.setMinHeight(Region.USE_PREF_SIZE);
        purpose.getStyleClass().add(Styles.MUTED);
        VBox content = new VBox(10, purpose, row, status, new FlareSwitch("flareSwitch", viewModel.flareProperty()),
                areas,
                new AsNeededToggle(viewModel.asNeeded(), "checkInAsNeeded-", "Took an as-needed pain medicine today?"),
                note,
                new ErrorBanner("checkInError", viewModel.errorMessageProperty()), weekly);
        if (!viewModel.writeAccess().allowed()) {
            Label readOnly = new Label("Nothing can be saved now: " + viewModel.writeAccess().reason());
            readOnly.setId("checkInReadOnly");
            readOnly.setWrapText(true);
            readOnly.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(0, readOnly);
        }
        setContent(content);
    }
}
