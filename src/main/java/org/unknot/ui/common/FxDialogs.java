package org.unknot.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The app's dialogs: modal alerts over the main window, with the safe answer as the default button. */
public final class FxDialogs implements Dialogs {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (read when a dialog opens) */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, SAVE, DONT_SAVE, CANCEL);
        defaultButton(alert, SAVE);
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? SaveChoice.SAVE : answer == DONT_SAVE ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message, String confirm, String keep) {
        ButtonType yes = new ButtonType(confirm, ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(keep, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        defaultButton(alert, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setHeaderText(title);
        alert.setTitle("Unknot");
        alert.getDialogPane().setPrefWidth(520);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            // the text size chosen for the window (set on its root) holds in its questions too
            alert.getDialogPane().setStyle(TextScale.styleIn(window));
        }
        return alert;
    }

    private static void defaultButton(Alert alert, ButtonType chosen) {
        for (ButtonType type : alert.getButtonTypes()) {
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setDefaultButton(type == chosen);
        }
    }
}
