package org.unknot.ui.player;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.PainScore;
import org.unknot.ui.common.OneRowFlow;
import org.unknot.ui.common.Styles;

/**
 * The 0–10 scale as eleven big buttons, with the meaning of both ends. One way: the rating's score selects a button;
 * a click is a command to the rating (a click on the chosen button clears it).
 */
final class PainScale extends VBox {

    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton[] buttons = new ToggleButton[PainScore.MAX + 1];

    /** @param idPrefix the buttons get ids such as {@code painAfter3} */
    PainScale(PainRating rating, String idPrefix) {
        // one row while it fits; at a large text size in a narrow window the buttons wrap rather than cut "10"
        OneRowFlow row = new OneRowFlow(8, 8);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int value = PainScore.MIN; value <= PainScore.MAX; value++) {
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId(idPrefix + value);
            button.getStyleClass().add(Styles.PAIN_BUTTON);
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            PainScore score = new PainScore(value);
            // onAction fires for the user's clicks only, never for a selection made from the rating
            button.setOnAction(event -> {
                if (button.isSelected()) {
                    rating.choose(score);
                } else {
                    rating.clear();
                }
            });
            button.setMinWidth(Region.USE_PREF_SIZE);
            buttons[value] = button;
            row.getChildren().add(button);
        }
        Label low = new Label("0  no pain");
        Label high = new Label("worst imaginable  10");
        low.getStyleClass().add(Styles.MUTED);
        high.getStyleClass().add(Styles.MUTED);
        BorderPane ends = new BorderPane();
        ends.setLeft(low);
        ends.setRight(high);
        ends.maxWidthProperty().bind(row.widthProperty());
        row.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(row, ends);
        setSpacing(6);
        getStyleClass().add(PlayerStyles.PAIN_SCALE);

        rating.scoreProperty().addListener((observable, old, score) -> show(score));
        show(rating.scoreProperty().get());
    }

    private void show(PainScore score) {
        group.selectToggle(score == null ? null : buttons[score.value()]);
    }
}
