package org.unknot.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The build's training run for the class-data archive, never a user's: with {@code -Dunknot.training=true} the app
 * acknowledges the safety screen if it shows, opens History, Settings and Routines one after the other, then exits,
 * so the archive holds the classes those pages load. It only presses the buttons a user would, found by their ids.
 * See the {@code dist} profile in pom.xml.
 */
final class TrainingRun {

    static final String SWITCH = "unknot.training";
    private static final Duration STEP = Duration.millis(1500);
    /** Gives up (and exits) when the pages have not appeared by then, e.g. the data could not be opened. */
    private static final int MOST_TICKS = 60;

    private final Stage stage;
    private final Deque<String> buttons = new ArrayDeque<>(
            List.of("navHistory", "navSettings", "navRoutines", "navHistory"));
    private final Timeline ticks = new Timeline();
    private int tick;

    private TrainingRun(Stage stage) {
        this.stage = stage;
    }

    /** Starts the run on the FX thread when the switch is on; otherwise does nothing. */
    static void startIfAsked(Stage stage) {
        if (Boolean.getBoolean(SWITCH)) {
            new TrainingRun(stage).start();
        }
    }

    private void start() {
        ticks.getKeyFrames().add(new KeyFrame(STEP, event -> next()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
    }

    private void next() {
        tick++;
        press("acknowledgeButton");
        if (!buttons.isEmpty() && press(buttons.peek())) {
            System.out.println("Training run: opened " + buttons.pop());
        }
        if (buttons.isEmpty() || tick >= MOST_TICKS) {
            ticks.stop();
            System.out.println(buttons.isEmpty() ? "Training run: done" : "Training run: gave up, pages not shown");
            Platform.exit();
        }
    }

    private boolean press(String id) {
        Node node = stage.getScene().lookup("#" + id);
        if (node instanceof ButtonBase button && button.isVisible() && !button.isDisabled()) {
            button.fire();
            return true;
        }
        return false;
    }
}
