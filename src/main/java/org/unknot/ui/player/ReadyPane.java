package org.unknot.ui.player;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.unknot.domain.Equipment;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.Step;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.StepText;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.WordsOrIcons;

/** Before the session: what it holds, its safety notes, the optional pain rating, and Start. */
final class ReadyPane extends VBox {

    ReadyPane(PlayerViewModel viewModel) {
        setId("readyPane");
        getStyleClass().add(Styles.PAGE);
        Routine routine = viewModel.routine();

        Button back = new Button("Back to routines");
        back.setId("backButton");
        back.setGraphic(Icons.icon(MaterialDesignA.ARROW_LEFT, 18));
        back.setFocusTraversable(false);
        back.setOnAction(event -> viewModel.close());

        VBox content = new VBox(22, new PageHeader(routine.name(), Durations.words(routine.plannedSeconds()) + "  ·  "
                + routine.steps().size() + (routine.steps().size() == 1 ? " step" : " steps")
                + (viewModel.partner() ? "  ·  performed by a partner" : "")).wrappingTitle());
        if (viewModel.partner()) {
            content.getChildren().add(note("The cues are written for your helper: they can read them from the screen "
                    + "while you lie down."));
        }
        for (SafetyFinding finding : viewModel.findings()) {
            content.getChildren().add(finding(finding));
        }
        Label painQuestion = new Label("How is your pain right now?  (optional — click or type a number)");
        painQuestion.getStyleClass().add(Styles.SECTION_TITLE);
        painQuestion.setWrapText(true);
        painQuestion.setMinHeight(Region.USE_PREF_SIZE);
        content.getChildren().addAll(new VBox(10, painQuestion, new PainScale(viewModel.painBefore(), "painBefore")),
                new GentleOfferPane(viewModel), equipment(routine), steps(routine));

        // clear of the scroll bar, as on Settings
        content.setPadding(new Insets(0, 20, 0, 0));
        ScrollPane scroll = Layouts.scrolling(content);

        Button start = new Button("Start   (Space)");
        start.setId("startSessionButton");
        start.getStyleClass().addAll("accent", Styles.BIG_BUTTON);
        start.setGraphic(Icons.icon(MaterialDesignP.PLAY, 28));
        start.setDisable(!viewModel.canStart());
        start.setFocusTraversable(false);
        start.setOnAction(event -> viewModel.start());
        Label blocked = new Label(viewModel.blockedReason());
        blocked.setId("blockedReason");
        blocked.setWrapText(true);
        blocked.setMinHeight(Region.USE_PREF_SIZE);
        blocked.getStyleClass().add(Styles.DANGER_BOX);
        blocked.setVisible(!viewModel.canStart());
        blocked.setManaged(!viewModel.canStart());
        // at a large text size in a narrow window Back, then Start, keep only their icons
        HBox actions = Layouts.actionBar(new WordsOrIcons(0, List.of(back), List.of(back)),
                new WordsOrIcons(0, List.of(start), List.of(start)));

        getChildren().addAll(scroll, blocked, actions);
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.NOTE_BOX);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static VBox finding(SafetyFinding finding) {
        Label message = new Label(finding.describe());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.SECTION_TITLE);
        Label source = new Label("Source: " + finding.rule().source());
        source.getStyleClass().add(Styles.MUTED);
        source.setWrapText(true);
        VBox box = new VBox(4, message, source);
        box.getStyleClass().add(finding.blocking() ? Styles.DANGER_BOX : Styles.WARNING_BOX);
        box.getStyleClass().add("safety-finding");
        return box;
    }

    private static VBox equipment(Routine routine) {
        Label title = new Label("Have ready");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox list = new VBox(6, title);
        list.setId("readyEquipment");
        for (String item : Equipment.checklist(routine)) {
            Label line = new Label("•  " + item);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().add(line);
        }
        return list;
    }

    private static VBox steps(Routine routine) {
        Label title = new Label("Steps");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox list = new VBox(6, title);
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            String text = (i + 1) + ".  " + StepText.title(step) + StepText.SEPARATOR + Durations.words(step.seconds());
            Label line = new Label(text, Icons.tool(step.tool(), 20));
            line.setGraphicTextGap(12);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().add(line);
        }
        return list;
    }
}
