package org.unknot.ui.history;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import org.unknot.domain.PainScore;
import org.unknot.ui.common.OneRowFlow;
import org.unknot.ui.common.Styles;

/**
 * 0–10 as a row of toggle buttons showing a score (null = none chosen), that wraps to a second row when narrower than
 * the eleven buttons (a large text size beside History's list of check-ins). A click asks for the clicked score (or none,
 * when the chosen one is clicked again), as do the arrow keys; what the buttons show is always the score itself.
 */
final class ScoreButtons extends OneRowFlow {

    private final ToggleGroup group = new ToggleGroup();

    ScoreButtons(ObservableValue<Integer> score, Consumer<Integer> choose, String idPrefix, boolean small) {
        super(6, 6);
        for (int value = PainScore.MIN; value <= PainScore.MAX; value++) {
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId(idPrefix + value);
            button.setToggleGroup(group);
            button.getStyleClass().add(small ? "score-button" : Styles.PAIN_BUTTON);
            button.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(button);
        }
        // A click, Space, or an arrow key (which moves the selection along the group) asks for the selected score;
        // the buttons then show the score as it is, which is the same one unless the choice was refused.
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            Integer chosen = toggle == null ? null : group.getToggles().indexOf(toggle);
            if (!Objects.equals(chosen, score.getValue())) {
                choose.accept(chosen);
                show(score.getValue());
            }
        });
        score.addListener((observable, old, value) -> show(value));
        show(score.getValue());
    }

    private void show(Integer value) {
        group.selectToggle(value == null ? null : group.getToggles().get(value));
    }
}
