package org.unknot.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.unknot.ui.settings.TextSizeViewModel;

/**
 * The keys that work wherever the window is — library, editor, player: Ctrl + / Ctrl − / Ctrl 0 for the text size,
 * F1 or {@code ?} (not while typing) for the shortcut sheet. They are caught on the window, before any page's own
 * keys, so the player never also reads Ctrl+0 as a digit; while the sheet shows, every key press is the sheet's.
 */
public final class GlobalKeys {

    private final StackPane root;
    private final Supplier<TextSizeViewModel> textSize;
    private ShortcutSheet sheet;
    private Node focusedBefore;

    /**
     * @param root     where the sheet is laid over the window's content
     * @param textSize the text size in force; null until the data is open
     */
    private GlobalKeys(StackPane root, Supplier<TextSizeViewModel> textSize) {
        this.root = root;
        this.textSize = textSize;
    }

    public static GlobalKeys install(Window window, StackPane root, Supplier<TextSizeViewModel> textSize) {
        GlobalKeys keys = new GlobalKeys(root, textSize);
        window.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        window.addEventFilter(KeyEvent.KEY_TYPED, keys::typed);
        return keys;
    }

    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (sheetShown()) {
            if (code == KeyCode.ESCAPE || code == KeyCode.ENTER || code == KeyCode.F1 || code == KeyCode.SPACE) {
                closeSheet();
            }
            event.consume();
        } else if (code == KeyCode.F1) {
            showSheet();
            event.consume();
        } else if (event.isShortcutDown() && !event.isAltDown() && changeTextSize(code)) {
            event.consume();
        }
    }

    private boolean changeTextSize(KeyCode code) {
        TextSizeViewModel size = textSize.get();
        if (size == null) {
            return false;
        }
        switch (code) {
            case EQUALS, PLUS, ADD -> size.larger();
            case MINUS, SUBTRACT -> size.smaller();
            case DIGIT0, NUMPAD0 -> size.reset();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void typed(KeyEvent event) {
        if (sheetShown()) {
            event.consume();
        } else if ("?".equals(event.getCharacter()) && !typing(event)) {
            showSheet();
            event.consume();
        }
    }

    /** False also when the window's content was replaced under the sheet, e.g. by the player opening. */
    private boolean sheetShown() {
        if (sheet != null && sheet.getParent() == null) {
            sheet = null;
        }
        return sheet != null;
    }

    private static boolean typing(KeyEvent event) {
        Scene scene = event.getSource() instanceof Window window ? window.getScene() : null;
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
    }

    /** Shows the shortcut sheet over the window, the focus on its Close button. */
    public void showSheet() {
        if (sheetShown()) {
            return;
        }
        focusedBefore = root.getScene() == null ? null : root.getScene().getFocusOwner();
        sheet = new ShortcutSheet(this::closeSheet);
        root.getChildren().add(sheet);
        sheet.focusClose();
    }

    private void closeSheet() {
        root.getChildren().remove(sheet);
        sheet = null;
        if (focusedBefore != null && focusedBefore.getScene() != null) {
            focusedBefore.requestFocus();
        }
        focusedBefore = null;
    }
}
