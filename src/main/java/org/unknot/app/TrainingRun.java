package org.unknot.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * acknowledges the safety screen if it shows (and skips the health profile offered after it), opens History, Settings and Routines one after the other, then exits,
 * so the archive holds the classes those pages load. It only presses the buttons a user would, found by their ids.
 * See the {@code dist} profile in pom.xml.
 */
final class TrainingRun {

    static final String SWITCH = "unknot.training";
    private static final Duration STEP = Duration.millis(1500);
    /** Gives up (and exits) when the pages have not appeared by then, e.g. the data could not be opened. */
    private static final int MOST_TICKS = 60;

    private final Stage stage;
    private final Duration step;
    private final Runnable exit;
    private final Deque<String> buttons = new ArrayDeque<>(
            List.of("navHistory", "navSettings", "navRoutines", "navHistory"));
    private final List<String> pressed = new ArrayList<>();
    private final Timeline ticks = new Timeline();
    private int tick;

    /** @param exit ends the app once the pages were opened (or given up on) */
    TrainingRun(Stage stage, Duration step, Runnable exit) {
        this.stage = stage;
        this.step = step;
        this.exit = exit;
    }

    /** Starts the run on the FX thread when the switch is on; otherwise does nothing. */
    static void startIfAsked(Stage stage) {
        if (Boolean.getBoolean(SWITCH)) {
            new TrainingRun(stage, STEP, Platform::exit).start();
        }
    }

    /** On the FX thread. */
    void start() {
        ticks.getKeyFrames().add(new KeyFrame(step, event -> next()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
    }

    private void next() {
        tick++;
        press("acknowledgeButton");
        press("skipProfileButton");
        if (!buttons.isEmpty() && press(buttons.peek())) {
            pressed.add(buttons.pop());
            System.out.println("Training run: opened " + pressed.get(pressed.size() - 1));
        }
        if (buttons.isEmpty() || tick >= MOST_TICKS) {
            ticks.stop();
            System.out.println(buttons.isEmpty() ? "Training run: done" : "Training run: gave up, pages not shown");
            exit.run();
        }
    }

    /** The navigation buttons pressed so far, in order. */
    List<String> pressed() {
        return List.copyOf(pressed);
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
