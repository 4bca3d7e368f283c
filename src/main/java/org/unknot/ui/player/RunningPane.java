package org.unknot.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.unknot.domain.Tool;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Styles;

/**
 * The running session, readable from the floor: the remaining time in huge digits, what to do and with what
 * pressure, what comes next. The tool's colour runs along the top; paused dims the digits.
 */
final class RunningPane extends BorderPane {

    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final Label time = new Label();
    private final PlayerFit fit = new PlayerFit(this, time);

    RunningPane(PlayerViewModel viewModel) {
        setId("runningPane");
        getStyleClass().add(Styles.PLAYER);
        setTop(top(viewModel));
        setCenter(centre(viewModel));
        setBottom(bottom(viewModel));
        viewModel.pausedProperty().addListener((observable, old, paused) -> pseudoClassStateChanged(PAUSED, paused));
        viewModel.toolProperty().addListener((observable, old, tool) -> showTool(old, tool));
        showTool(null, viewModel.toolProperty().get());
        fit.follow(viewModel.cueProperty(), viewModel.howToProperty(), viewModel.nextProperty(),
                viewModel.areaProperty(), viewModel.toolNameProperty(), viewModel.techniqueProperty());
    }

    /** One pseudo-class per tool (":tool-cold-ball"): the sheet gives each its colour. */
    private void showTool(Tool old, Tool tool) {
        if (old != null) {
            pseudoClassStateChanged(PlayerStyles.toolClass(old), false);
        }
        if (tool != null) {
            pseudoClassStateChanged(PlayerStyles.toolClass(tool), true);
        }
    }

    private static VBox top(PlayerViewModel viewModel) {
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
        return new VBox(6, new HBox(counter, gap, elapsed), routineBar);
    }

    private VBox centre(PlayerViewModel viewModel) {
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
        FlowPane toolLine = new FlowPane(14, 6, tool, chip("pressureLabel", viewModel.pressureProperty()),
                chip("levelLabel", viewModel.levelProperty()));
        toolLine.setAlignment(Pos.CENTER);
        Label area = styled(new Label(), "areaLabel", Styles.PLAYER_AREA);
        area.textProperty().bind(Bindings.createStringBinding(() -> (viewModel.countingDownProperty().get()
                        ? "Get ready: " : "") + viewModel.areaProperty().get()
                        + (viewModel.sideProperty().get().isEmpty() ? "" : "  —  " + viewModel.sideProperty().get()),
                viewModel.areaProperty(), viewModel.sideProperty(), viewModel.countingDownProperty()));
        readable(area);

        time.setId("remaining");
        time.getStyleClass().add(Styles.PLAYER_TIME);
        time.textProperty().bind(viewModel.remainingProperty());
        time.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar stepBar = new ProgressBar();
        stepBar.setId("stepProgress");
        stepBar.setMaxWidth(720);
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
        readable(next);
        takesNoRoomWhenEmpty(cue);
        takesNoRoomWhenEmpty(next);
        ErrorBanner error = new ErrorBanner("playerError", viewModel.errorMessageProperty());
        // the technique's how-to gives way first in a short window; an empty line takes no room
        howTo.visibleProperty().bind(howTo.textProperty().isNotEmpty().and(fit.roomyProperty()));
        howTo.managedProperty().bind(howTo.visibleProperty());

        VBox centre = new VBox(8, toolLine, area, gentleLine(viewModel), time, stepBar, cue, howTo, next, error);
        centre.setAlignment(Pos.CENTER);
        centre.setFillWidth(true);
        return centre;
    }

    private static VBox bottom(PlayerViewModel viewModel) {
        Button previous = button("previousButton", "Previous", MaterialDesignS.SKIP_PREVIOUS, viewModel::previous);
        Button pause = button("pauseButton", "Pause", MaterialDesignP.PAUSE, viewModel::togglePause);
        pause.textProperty().bind(Bindings.when(viewModel.pausedProperty()).then("Resume").otherwise("Pause"));
        viewModel.pausedProperty().addListener((observable, old, isPaused) -> ((FontIcon) pause.getGraphic())
                .setIconCode(isPaused ? MaterialDesignP.PLAY : MaterialDesignP.PAUSE));
        pause.getStyleClass().add("accent");
        Button next30 = button("addTimeButton", "+30 s", MaterialDesignT.TIMER_PLUS_OUTLINE, viewModel::addTime);
        Button nextStep = button("nextButton", "Next", MaterialDesignS.SKIP_NEXT, viewModel::next);
        Button stop = button("stopButton", "Stop", MaterialDesignS.STOP, viewModel::askStop);
        HBox controls = new HBox(12, previous, pause, nextStep, next30, stop);
        controls.setAlignment(Pos.CENTER);
        HBox space = hint("Space", "");
        Label spaceAction = (Label) space.getChildren().get(1);
        spaceAction.setId("spaceHint");
        spaceAction.textProperty().bind(Bindings.when(viewModel.pausedProperty()).then("go on").otherwise("pause"));
        // one box a key: a narrow window wraps between keys, never inside one
        FlowPane keys = new FlowPane(28, 4, space, hint("←", "previous"), hint("→", "next"), hint("+", "add 30 s"),
                hint("Esc", "stop"), hint("F11", "full screen"));
        keys.setId("keysHint");
        keys.setAlignment(Pos.CENTER);
        VBox bottom = new VBox(10, controls, keys);
        bottom.setAlignment(Pos.CENTER);
        return bottom;
    }

    /** "[Esc] stop": the key drawn as a key cap, then what it does. */
    private static HBox hint(String key, String action) {
        Label cap = new Label(key);
        cap.getStyleClass().add(PlayerStyles.KEY_CAP);
        Label does = new Label(action);
        does.getStyleClass().add(PlayerStyles.KEYS_HINT);
        HBox hint = new HBox(8, cap, does);
        hint.setAlignment(Pos.CENTER_LEFT);
        return hint;
    }

    /** A small framed label beside the tool ("Medium pressure", "Level 2"), hidden when the step names none. */
    /** "Gentle: 60 s instead of 90 s" under the area, for a step the gentle version changed. */
    private static Label gentleLine(PlayerViewModel viewModel) {
        Label gentle = styled(new Label(), "gentleLabel", PlayerStyles.TOOL_CHIP);
        gentle.getStyleClass().add("gentle-change");
        gentle.textProperty().bind(viewModel.gentleChangeProperty());
        gentle.setWrapText(true);
        gentle.setMinHeight(Region.USE_PREF_SIZE);
        takesNoRoomWhenEmpty(gentle);
        return gentle;
    }

    private static Label chip(String id, ObservableValue<String> text) {
        Label chip = styled(new Label(), id, PlayerStyles.TOOL_CHIP);
        chip.textProperty().bind(text);
        takesNoRoomWhenEmpty(chip);
        return chip;
    }

    private static void takesNoRoomWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Long texts wrap onto more lines, centred, rather than being cut short. */
    private static void readable(Label label) {
        label.setWrapText(true);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(1100);
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
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
