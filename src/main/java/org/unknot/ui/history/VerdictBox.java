package org.unknot.ui.history;

import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.Suggestion;
import org.unknot.ui.common.Styles;

/**
 * The verdict of the range above the History tabs, its title and button in one row and the sentence below it: a
 * danger box when pain is getting worse, with the way to the safety questions; a note box when a clinician is worth
 * seeing, with the report; nothing otherwise. It shows the view model's verdict as it is and decides nothing.
 */
final class VerdictBox extends VBox {

    private final Label title = new Label();
    private final Label sentence = new Label();
    private final Button safety = new Button("Answer the safety questions");
    private final Button report = new Button("Report for my doctor (PDF)");

    VerdictBox(ObservableObjectValue<Verdict> verdict, Runnable askSafetyQuestions, Runnable saveReport) {
        setId("verdictBox");
        setSpacing(6);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(Region.USE_PREF_SIZE);
        title.setId("verdictTitle");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        sentence.setId("verdictSentence");
        // The sentence has the whole width and the height it needs, the tabs what is left: it is never cut.
        for (Label label : new Label[] {title, sentence}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        safety.setId("safetyQuestionsButton");
        safety.setOnAction(event -> askSafetyQuestions.run());
        report.setId("verdictReportButton");
        report.setOnAction(event -> saveReport.run());
        for (Button button : new Button[] {safety, report}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.managedProperty().bind(button.visibleProperty());
        }
        HBox top = new HBox(16, title, safety, report);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, sentence);
        managedProperty().bind(visibleProperty());
        show(verdict.get());
        verdict.addListener((observable, old, now) -> show(now));
    }

    private void show(Verdict verdict) {
        Suggestion kind = verdict.kind();
        setVisible(kind != Suggestion.NONE);
        getStyleClass().removeAll(Styles.DANGER_BOX, Styles.NOTE_BOX);
        getStyleClass().add(kind == Suggestion.WORSENING ? Styles.DANGER_BOX : Styles.NOTE_BOX);
        title.setText(kind == Suggestion.WORSENING ? "Your pain is getting worse"
                : "Massage alone may not be enough");
        sentence.setText(verdict.sentence());
        safety.setVisible(kind == Suggestion.WORSENING);
        report.setVisible(kind == Suggestion.SPECIALIST);
    }
}
