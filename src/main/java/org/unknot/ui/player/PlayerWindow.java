package org.unknot.ui.player;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * What the player does to its window while it shows: the title follows the session; full screen has no exit hint
 * over the digits, and only F11 leaves it, for Esc belongs to the player (it asks why the session stops).
 */
final class PlayerWindow {

    private final Node view;
    private final FloorSignals floor;
    private final ChangeListener<String> title = (observable, old, text) -> stage().ifPresent(
            stage -> stage.setTitle(text));

    PlayerWindow(Node view, FloorSignals floor) {
        this.view = view;
        this.floor = floor;
    }

    /** Called once the view is in a window. */
    void take() {
        stage().ifPresent(stage -> {
            stage.setTitle(floor.windowTitleProperty().get());
            floor.windowTitleProperty().addListener(title);
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        });
    }

    void toggleFullScreen() {
        stage().ifPresent(stage -> stage.setFullScreen(!stage.isFullScreen()));
    }

    /** Gives the window back as the rest of the app knows it: titled "Unknot", out of full screen, Esc leaving it. */
    void release() {
        floor.windowTitleProperty().removeListener(title);
        stage().ifPresent(stage -> {
            stage.setTitle(FloorSignals.APP_TITLE);
            stage.setFullScreen(false);
            stage.setFullScreenExitHint(null);
            stage.setFullScreenExitKeyCombination(null);
        });
    }

    private Optional<Stage> stage() {
        return Optional.ofNullable(view.getScene()).map(Scene::getWindow)
                .filter(Stage.class::isInstance).map(Stage.class::cast);
    }
}
