package org.unknot.ui.history;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.PegAnswer;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.ShrinkingFlow;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;

/**
 * This week's PEG: the three questions of Krebs 2009, each with a row of 0–10 buttons (Tab reaches them, Space
 * chooses), Save and "Not now" — or, once answered, the week's score with "Change".
 */
public final class PegPane extends VBox {

    static final String STYLE = "peg-pane";

    public PegPane(PegViewModel viewModel) {
        super(8);
        setId("pegPane");
        getStyleClass().add(STYLE);
        Label title = new Label("This week's PEG: three questions, once a week");
        title.setId("pegTitle");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label scale = new Label("0 = no pain, or does not interfere · 10 = pain as bad as you can imagine, or"
                + " completely interferes");
        scale.setWrapText(true);
        scale.setMinHeight(Region.USE_PREF_SIZE);
        scale.getStyleClass().add(Styles.MUTED);

        VBox questions = new VBox(8,
                question(PegAnswer.PAIN_QUESTION, viewModel.painProperty(), viewModel.painProblem(), "pegPain-"),
                question(PegAnswer.ENJOYMENT_QUESTION, viewModel.enjoymentProperty(), viewModel.enjoymentProblem(),
                        "pegEnjoyment-"),
                question(PegAnswer.ACTIVITY_QUESTION, viewModel.activityProperty(), viewModel.activityProblem(),
                        "pegActivity-"));
        Button save = new Button("Save PEG");
        save.setId("savePegButton");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Button notNow = new Button("Not now");
        notNow.setId("pegNotNowButton");
        notNow.setMinWidth(Region.USE_PREF_SIZE);
        notNow.setOnAction(event -> {
            if (viewModel.modeProperty().get() == PegViewModel.Mode.CHANGING) {
                viewModel.cancelChange();
            } else {
                viewModel.notNow();
            }
        });
        notNow.textProperty().bind(viewModel.modeProperty().map(mode -> mode == PegViewModel.Mode.CHANGING
                ? "Cancel" : "Not now"));
        HBox actions = new HBox(10, save, notNow);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox asking = new VBox(10, new VBox(2, title, scale), questions, actions);
        showWhen(asking, viewModel, PegViewModel.Mode.ASKING, PegViewModel.Mode.CHANGING);

        Label summary = new Label();
        summary.setId("pegSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button change = new Button("Change");
        change.setId("changePegButton");
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.setOnAction(event -> viewModel.change());
        ShrinkingFlow answered = new ShrinkingFlow(12, 8, summary, change);
        answered.setAlignment(Pos.CENTER_LEFT);
        showWhen(answered, viewModel, PegViewModel.Mode.ANSWERED);

        getChildren().addAll(asking, answered, new ErrorBanner("pegError", viewModel.errorMessageProperty()));
        visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(PegViewModel.Mode.HIDDEN));
        managedProperty().bind(visibleProperty());
    }

    private static VBox question(String text, ObjectProperty<Integer> item, StringBinding problem, String idPrefix) {
        Label question = new Label(text);
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        ValidationMarks.show(question, problem);
        ScoreButtons buttons = new ScoreButtons(item, item::set, idPrefix, true);
        question.setLabelFor(buttons);
        return new VBox(4, question, buttons);
    }

    private static void showWhen(Region part, PegViewModel viewModel, PegViewModel.Mode... modes) {
        part.visibleProperty().bind(viewModel.modeProperty().map(mode -> java.util.List.of(modes).contains(mode)));
        part.managedProperty().bind(part.visibleProperty());
    }
}
