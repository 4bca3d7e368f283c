package org.unknot.ui.player;

import java.util.EnumSet;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.FadeTransition;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.unknot.ui.body.BodyMapSource;
import org.unknot.ui.common.Styles;

/**
 * The player screen. Every key of the player works whatever control has the focus (a foot pedal is a keyboard too);
 * a frame timer reads the session once a frame while the screen is shown, and stops when it is not.
 */
public final class PlayerView extends StackPane {

    private final PlayerViewModel viewModel;
    private final Region flash = new Region();
    private final FadeTransition fade = new FadeTransition(Duration.millis(450), flash);
    private final EventHandler<KeyEvent> keys = this::onKey;
    /** Keys held down: a held key (or pedal) repeats its press, which must not skip step after step. */
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
    private final EventHandler<KeyEvent> releases = event -> held.remove(event.getCode());
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.frame();
        }
    };
    private final PlayerWindow window;
    private RunningPane running;
    private SwitchCard switchCard;
    private PausedPane paused;
    private AfterSessionPane after;
    private final BodyMapSource maps;

    public PlayerView(PlayerViewModel viewModel) {
        this(viewModel, BodyMapSource.NONE);
    }

    /** @param maps the body map on which the areas are chosen after the session */
    public PlayerView(PlayerViewModel viewModel, BodyMapSource maps) {
        this.viewModel = viewModel;
        this.maps = maps;
        this.window = new PlayerWindow(this, viewModel.floor());
        createView();
        bind();
    }

    private void createView() {
        setId("playerPage");
        flash.getStyleClass().add(Styles.FLASH);
        flash.setMouseTransparent(true);
        flash.setOpacity(0);
        fade.setFromValue(0.55);
        fade.setToValue(0);
        show(viewModel.phaseProperty().get());
    }

    private void bind() {
        viewModel.phaseProperty().addListener((observable, old, phase) -> show(phase));
        viewModel.flashesProperty().addListener((observable, old, count) -> fade.playFromStart());
        sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                oldScene.removeEventFilter(KeyEvent.KEY_RELEASED, releases);
                frames.stop();
            }
            if (newScene != null) {
                newScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                newScene.addEventFilter(KeyEvent.KEY_RELEASED, releases);
                frames.start();
                window.take();
            }
        });
    }

    private void show(PlayerViewModel.Phase phase) {
        Node content = switch (phase) {
            case READY -> new ReadyPane(viewModel);
            case RUNNING, STOP_ASKED -> running();
            case FINISHED -> {
                after = new AfterSessionPane(viewModel.afterProperty().get(), viewModel.weekly(), maps);
                // the page is shown: whether this week's PEG is due is read now
                viewModel.weekly().askAfterSession();
                yield after;
            }
        };
        if (phase == PlayerViewModel.Phase.STOP_ASKED) {
            getChildren().setAll(content, switchCard, new StopPane(viewModel), flash);
        } else if (phase == PlayerViewModel.Phase.RUNNING) {
            getChildren().setAll(content, switchCard, paused, flash);
        } else {
            getChildren().setAll(content, flash);
        }
        requestFocus();
    }

    private RunningPane running() {
        if (running == null) {
            running = new RunningPane(viewModel);
            switchCard = new SwitchCard(viewModel);
            paused = new PausedPane(viewModel);
            // the cards over the running pane take its text size, fitted to the window
            switchCard.styleProperty().bind(running.styleProperty());
            paused.styleProperty().bind(running.styleProperty());
        }
        return running;
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (!held.add(code) && code != KeyCode.BACK_SPACE) {
            if (after == null || !after.takesKeys()) {
                event.consume();
            }
            return;
        }
        if (code == KeyCode.F11) {
            window.toggleFullScreen();
            event.consume();
            return;
        }
        if (after != null && after.takesKeys()) {
            // the note (or this week's PEG) takes what is typed, except Esc (out of it) and Enter in the note (the
            // note is confirmed, and saved)
            if (code == KeyCode.ESCAPE) {
                requestFocus();
                event.consume();
            } else if (code == KeyCode.ENTER && after.note.isFocused()) {
                viewModel.confirm();
                event.consume();
            }
            return;
        }
        if (handle(event)) {
            event.consume();
        }
    }

    private boolean handle(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.isDigitKey()) {
            viewModel.typeDigit(digitOf(code));
            return true;
        }
        switch (code) {
            case SPACE -> viewModel.primary();
            case RIGHT -> viewModel.next();
            case LEFT -> viewModel.previous();
            case ENTER -> viewModel.confirm();
            case PLUS, ADD -> viewModel.addTime();
            case EQUALS -> {
                if (!event.isShiftDown()) {
                    return false;
                }
                viewModel.addTime();
            }
            case ESCAPE -> viewModel.escape();
            case G -> viewModel.startGentle();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** DIGIT3 is named "3" and NUMPAD3 "Numpad 3": the digit is the last character either way. */
    private static int digitOf(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    /** Keeps the scene free of this view's key filter and timer once it is gone. */
    public void dispose() {
        frames.stop();
        window.release();
        Scene scene = getScene();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            scene.removeEventFilter(KeyEvent.KEY_RELEASED, releases);
        }
    }
}
