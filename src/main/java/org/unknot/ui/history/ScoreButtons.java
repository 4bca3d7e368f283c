package org.unknot.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.unknot.domain.PainScore;
import org.unknot.ui.common.Styles;

/** 0–10 as a row of toggle buttons bound to a score (null = none chosen). */
final class ScoreButtons extends HBox {

    private final ToggleGroup group = new ToggleGroup();
    private boolean updating;

    ScoreButtons(ObjectProperty<Integer> score, String idPrefix, boolean small) {
        super(6);
        for (int value = PainScore.MIN; value <= PainScore.MAX; value++) {
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId(idPrefix + value);
            button.setUserData(value);
            button.setToggleGroup(group);
            button.getStyleClass().add(small ? "score-button" : Styles.PAIN_BUTTON);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (!updating) {
                score.set(toggle == null ? null : (Integer) toggle.getUserData());
            }
        });
        score.addListener((observable, old, value) -> show(value));
        show(score.get());
    }

    private void show(Integer value) {
        updating = true;
        group.selectToggle(value == null ? null : group.getToggles().get(value));
        updating = false;
    }
}
