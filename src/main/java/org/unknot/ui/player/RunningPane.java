package org.unknot.ui.player;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Styles;

/** The running session, readable from the floor: the remaining time in huge digits, what to do, what comes next. */
final class RunningPane extends BorderPane {

    private final Label time = new Label();

    RunningPane(PlayerViewModel viewModel) {
        setId("runningPane");
        getStyleClass().add(Styles.PLAYER);

        Label counter = styled(new Label(), "stepCounter", Styles.PLAYER_STATUS);
        counter.textProperty().bind(viewModel.stepCounterProperty());
        Label elapsed = styled(new Label(), "elapsed", Styles.PLAYER_STATUS);
        elapsed.textProperty().bind(viewModel.elapsedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressBar routineBar = new ProgressBar();
        routineBar.setId("routineProgress");
        routineBar.setMaxWidth(Double.MAX_VALUE);
        routineBar.progressProperty().bind(viewModel.routineProgressProperty());
        VBox top = new VBox(8, new HBox(counter, gap, elapsed), routineBar);

        FontIcon toolIcon = Icons.icon(MaterialDesignP.PLAY, 40);
        toolIcon.getStyleClass().add(Styles.TOOL_ICON);
        viewModel.toolProperty().addListener((observable, old, tool) -> toolIcon.setIconCode(Icons.of(tool)));
        if (viewModel.toolProperty().get() != null) {
            toolIcon.setIconCode(Icons.of(viewModel.toolProperty().get()));
        }
        Label tool = styled(new Label(), "toolLabel", Styles.PLAYER_TOOL);
        tool.textProperty().bind(Bindings.createStringBinding(() -> viewModel.toolNameProperty().get()
                        + (viewModel.techniqueProperty().get().isEmpty() ? "" : "  ·  " + viewModel.techniqueProperty().get()),
                viewModel.toolNameProperty(), viewModel.techniqueProperty()));
        tool.setGraphic(toolIcon);
        tool.setGraphicTextGap(14);
        Label area = styled(new Label(), "areaLabel", Styles.PLAYER_AREA);
        area.textProperty().bind(Bindings.createStringBinding(() -> (viewModel.countingDownProperty().get()
                        ? "Get ready: " : "") + viewModel.areaProperty().get()
                        + (viewModel.sideProperty().get().isEmpty() ? "" : "  —  " + viewModel.sideProperty().get()),
                viewModel.areaProperty(), viewModel.sideProperty(), viewModel.countingDownProperty()));

        time.setId("remaining");
        time.getStyleClass().add(Styles.PLAYER_TIME);
        time.textProperty().bind(viewModel.remainingProperty());
        Label paused = styled(new Label("Paused  —  press Space to go on"), "pausedLabel", Styles.PLAYER_STATUS);
        paused.visibleProperty().bind(viewModel.pausedProperty());
        ProgressBar stepBar = new ProgressBar();
        stepBar.setId("stepProgress");
        stepBar.setMaxWidth(Double.MAX_VALUE);
        stepBar.progressProperty().bind(viewModel.stepProgressProperty());

        Label cue = styled(new Label(), "cueLabel", Styles.PLAYER_CUE);
        cue.textProperty().bind(viewModel.partner()
                ? Bindings.when(viewModel.cueProperty().isEmpty()).then("").otherwise(
                        Bindings.concat("Helper: ", viewModel.cueProperty()))
                : viewModel.cueProperty());
        readable(cue);
        Label howTo = styled(new Label(), "howToLabel", Styles.PLAYER_HOW_TO);
        howTo.textProperty().bind(viewModel.howToProperty());
        readable(howTo);
        Label next = styled(new Label(), "nextLabel", Styles.PLAYER_NEXT);
        next.textProperty().bind(viewModel.nextProperty());
        ErrorBanner error = new ErrorBanner("playerError", viewModel.errorMessageProperty());

        VBox centre = new VBox(10, tool, area, paused, time, stepBar, cue, howTo, next, error);
        centre.setAlignment(Pos.CENTER);
        centre.setFillWidth(true);
        stepBar.setMaxWidth(720);

        Button previous = button("previousButton", "Previous", MaterialDesignS.SKIP_PREVIOUS, viewModel::previous);
        Button pause = button("pauseButton", "Pause", MaterialDesignP.PAUSE, viewModel::togglePause);
        pause.textProperty().bind(Bindings.when(viewModel.pausedProperty()).then("Resume").otherwise("Pause"));
        viewModel.pausedProperty().addListener((observable, old, isPaused) -> ((FontIcon) pause.getGraphic())
                .setIconCode(isPaused ? MaterialDesignP.PLAY : MaterialDesignP.PAUSE));
        pause.getStyleClass().add("accent");
        Button next30 = button("addTimeButton", "+30 s", MaterialDesignT.TIMER_PLUS_OUTLINE, viewModel::addTime);
        Button nextStep = button("nextButton", "Next", MaterialDesignS.SKIP_NEXT, viewModel::next);
        Button stop = button("stopButton", "Stop", MaterialDesignS.STOP, viewModel::askStop);
        HBox controls = new HBox(14, previous, pause, nextStep, next30, stop);
        controls.setAlignment(Pos.CENTER);
        Label keys = styled(new Label("Space pause   ·   ← previous   ·   → next   ·   + add 30 s   ·   Esc stop   ·   "
                + "F11 full screen"), "keysHint", Styles.MUTED);
        VBox bottom = new VBox(12, controls, keys);
        bottom.setAlignment(Pos.CENTER);

        setTop(top);
        setCenter(centre);
        setBottom(bottom);
        // The digits fill the space they have, so that they read from across the room.
        heightProperty().addListener((observable, old, height) -> resizeTime());
        widthProperty().addListener((observable, old, width) -> resizeTime());
    }

    private void resizeTime() {
        double size = Math.max(72, Math.min(getHeight() * 0.22, getWidth() * 0.2));
        time.setStyle("-fx-font-size: " + Math.round(size) + "px;");
    }

    /** Long texts wrap onto more lines, centred, rather than being cut short. */
    private static void readable(Label label) {
        label.setWrapText(true);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(960);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label styled(Label label, String id, String styleClass) {
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Button button(String id, String text, Ikon icon, Runnable action) {
        Button button = new Button(text, Icons.icon(icon, 26));
        button.setId(id);
        button.getStyleClass().add(Styles.PLAYER_BUTTON);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
