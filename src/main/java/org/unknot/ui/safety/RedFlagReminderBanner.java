package org.unknot.ui.safety;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.unknot.ui.common.Styles;

/** A calm banner above the pages offering the monthly red-flag questions: Answer now, or Later. */
public final class RedFlagReminderBanner extends HBox {

    public RedFlagReminderBanner(RedFlagReminder reminder) {
        super(16);
        setId("redFlagReminder");
        getStyleClass().add(Styles.NOTE_BOX);
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(reminder.sentence());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button answer = new Button("Answer now");
        answer.setId("answerRedFlagsButton");
        answer.getStyleClass().add("accent");
        answer.setMinWidth(Region.USE_PREF_SIZE);
        answer.setOnAction(event -> reminder.answerNow());
        Button later = new Button("Later");
        later.setId("laterRedFlagsButton");
        later.setMinWidth(Region.USE_PREF_SIZE);
        later.setOnAction(event -> reminder.later());
        getChildren().addAll(text, answer, later);
        visibleProperty().bind(reminder.dueProperty());
        managedProperty().bind(visibleProperty());
    }
}
