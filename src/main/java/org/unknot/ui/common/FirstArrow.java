package org.unknot.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In a list or table with nothing selected, the first ↓ or ↑ selects the first row. JavaFX puts the (invisible)
 * focus on the first row when the items arrive, so its own ↓ would select the second.
 */
public final class FirstArrow {

    private FirstArrow() {
    }

    public static void install(TableView<?> table) {
        install(table, () -> table.getSelectionModel(), () -> table.getItems().isEmpty(), () -> table.scrollTo(0));
    }

    public static void install(ListView<?> list) {
        install(list, () -> list.getSelectionModel(), () -> list.getItems().isEmpty(), () -> list.scrollTo(0));
    }

    private static void install(Control control, Supplier<MultipleSelectionModel<?>> selection,
                                BooleanSupplier empty, Runnable reveal) {
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean arrow = event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP;
            if (arrow && !event.isShiftDown() && !event.isShortcutDown() && selection.get().isEmpty()
                    && !empty.getAsBoolean()) {
                selection.get().clearAndSelect(0);
                reveal.run();
                event.consume();
            }
        });
    }
}
