package org.unknot.ui.history;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.ui.common.ShrinkingFlow;

/**
 * The as-needed question as a sentence and a Yes / No pair; a click on the chosen answer leaves it unanswered. Only
 * there while the day asks. What the buttons show is always the view model's answer.
 */
final class AsNeededToggle extends ShrinkingFlow {

    private final ToggleGroup group = new ToggleGroup();

    AsNeededToggle(AsNeededQuestion question, String idPrefix, String text) {
        super(12, 6);
        setId(idPrefix + "question");
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox();
        for (AsNeededAnswer answer : AsNeededAnswer.values()) {
            ToggleButton button = new ToggleButton(answer.label());
            button.setId(idPrefix + answer.id());
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(answer == AsNeededAnswer.YES ? "left-pill" : "right-pill");
            button.setOnAction(event -> {
                question.choose(answer);
                show(question);
            });
            buttons.getChildren().add(button);
        }
        label.setLabelFor(buttons.getChildren().get(0));
        getChildren().addAll(label, buttons);
        question.answerProperty().addListener((observable, old, answer) -> show(question));
        show(question);
        visibleProperty().bind(question.askedProperty());
        managedProperty().bind(visibleProperty());
    }

    private void show(AsNeededQuestion question) {
        AsNeededAnswer answer = question.answerProperty().get();
        group.selectToggle(answer == null ? null : group.getToggles().get(answer.ordinal()));
    }
}
