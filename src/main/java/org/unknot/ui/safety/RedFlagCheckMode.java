package org.unknot.ui.safety;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.unknot.domain.RedFlagReason;
import org.unknot.store.RedFlagStore;
import org.unknot.ui.common.BackgroundRunner;

/**
 * Shows the red-flag check in place of what the main window shows, and puts that back after Save or Not now, so
 * the user returns where they were. One check at a time.
 */
public final class RedFlagCheckMode implements RedFlagPrompt {

    private final Pane window;
    private final Supplier<RedFlagStore> store;
    private final BackgroundRunner runner;
    private final Clock clock;
    private RedFlagCheckView showing;

    /** @param store the answers' store of the data now open (it changes when a backup is restored) */
    public RedFlagCheckMode(Pane window, Supplier<RedFlagStore> store, BackgroundRunner runner, Clock clock) {
        this.window = window;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void ask(RedFlagReason reason) {
        if (showing != null) {
            return;
        }
        List<Node> before = List.copyOf(window.getChildren());
        RedFlagCheckView check = new RedFlagCheckView(new RedFlagCheckViewModel(reason, store.get(), runner, clock,
                () -> back(before)));
        showing = check;
        window.getChildren().setAll(check);
        check.focusFirstQuestion();
    }

    private void back(List<Node> before) {
        showing = null;
        window.getChildren().setAll(before);
        if (!before.isEmpty()) {
            before.get(0).requestFocus();
        }
    }

    /** Whether the check is on screen. */
    public boolean showing() {
        return showing != null;
    }
}
