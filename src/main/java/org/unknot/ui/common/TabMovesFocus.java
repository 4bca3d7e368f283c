package org.unknot.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a text area moves to the next control (Shift+Tab the previous) instead of typing a tab character: a tab is
 * never wanted in a cue or a note, and a keyboard user must be able to leave the field.
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                // the text area's own binding for Ctrl+Tab moves the focus on, Ctrl+Shift+Tab back
                area.fireEvent(new KeyEvent(event.getSource(), area, KeyEvent.KEY_PRESSED, event.getCharacter(),
                        event.getText(), KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
