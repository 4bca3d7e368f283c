package org.unknot.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.store.PlayedStep;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.StepText;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.TabMovesFocus;

/** One session beside the table: its steps as played, its ratings and notes to correct, and Delete. */
final class SessionDetailPane extends VBox {

    SessionDetailPane(SessionDetailViewModel viewModel, Runnable onSave, Runnable onDelete, Runnable onBack) {
        setId("sessionDetail");
        setSpacing(10);
        Button back = new Button("Back to the list");
        back.setId("backToListButton");
        back.setOnAction(event -> onBack.run());
        Label title = new Label(viewModel.session().routineName());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        // a long routine name wraps at a large text size
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label when = new Label(Formats.dayAndTime(viewModel.session().startedAt().atZone(viewModel.zone())) + "  ·  "
                + viewModel.session().status().label()
                + (viewModel.session().gentle() ? "  ·  gentle version" : ""));
        when.getStyleClass().add(Styles.MUTED);
        ListView<PlayedStep> steps = new ListView<>(viewModel.steps());
        steps.setId("playedSteps");
        steps.setPrefHeight(180);
        // each step wraps to the list's width rather than scrolling sideways at a large text size
        steps.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PlayedStep played, boolean empty) {
                super.updateItem(played, empty);
                setText(empty || played == null ? null : StepText.title(played.step()) + StepText.SEPARATOR
                        + played.outcome().label() + StepText.SEPARATOR + Durations.words(played.doneSeconds())
                        + (played.addedSeconds() > 0 ? " (+" + Durations.words(played.addedSeconds()) + ")" : ""));
            }
        });
        TextArea notes = new TextArea();
        notes.setId("detailNotes");
        TabMovesFocus.install(notes);
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        Button save = new Button("Save changes");
        save.setId("saveSessionButton");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> onSave.run());
        Button delete = new Button("Delete session");
        delete.setId("deleteSessionButton");
        delete.setOnAction(event -> onDelete.run());
        ScoreButtons before = scores(viewModel.beforeProperty(), "detailBefore-");
        ScoreButtons after = scores(viewModel.afterProperty(), "detailAfter-");
        getChildren().addAll(back, title, when, field("Steps as played"), steps,
                field("Pain before"), before, field("Pain after"), after,
                field("Notes"), notes, new HBox(10, save, delete),
                new ErrorBanner("detailError", viewModel.errorMessageProperty()));
        if (!viewModel.writeAccess().allowed()) {
            // shown as it is: nothing can be corrected or deleted while the file cannot be written
            before.setDisable(true);
            after.setDisable(true);
            notes.setEditable(false);
            save.setDisable(true);
            delete.setDisable(true);
            Label readOnly = field("Corrections cannot be saved now: " + viewModel.writeAccess().reason());
            readOnly.setId("detailReadOnly");
            readOnly.setWrapText(true);
            getChildren().add(3, readOnly);
        }
        viewModel.load();
    }

    private static ScoreButtons scores(ObjectProperty<Integer> score, String idPrefix) {
        return new ScoreButtons(score, score::set, idPrefix, true);
    }

    private static Label field(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
