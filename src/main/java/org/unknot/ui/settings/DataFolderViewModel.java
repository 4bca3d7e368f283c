package org.unknot.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.FolderOpener;

/**
 * The data folder in Settings: its path, shown in the file manager or copied for the user to paste. Opening may wait
 * on the desktop, so it runs in the background; a failure says what to do instead.
 */
public final class DataFolderViewModel {

    private final Path folder;
    private final BackgroundRunner runner;
    private final FolderOpener opener;
    private final Consumer<String> clipboard;
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    /** @param clipboard puts a text on the system clipboard; called on the FX thread */
    public DataFolderViewModel(Path folder, BackgroundRunner runner, FolderOpener opener, Consumer<String> clipboard) {
        this.folder = folder;
        this.runner = runner;
        this.opener = opener;
        this.clipboard = clipboard;
    }

    public String path() {
        return folder.toString();
    }

    /** Shows the folder in the system's file manager; a second click while the first is on its way does nothing. */
    public void openFolder() {
        if (opening.get()) {
            return;
        }
        opening.set(true);
        message.set("");
        errorMessage.set("");
        runner.run(() -> {
            opener.open(folder);
            return null;
        }, opened -> opening.set(false), failure -> {
            opening.set(false);
            errorMessage.set("Unknot could not open the folder on this computer; use \u201cCopy path\u201d and paste "
                    + "the path into your file manager.");
        });
    }

    /** Puts the folder's path on the clipboard and says so. */
    public void copyPath() {
        clipboard.accept(path());
        errorMessage.set("");
        message.set("The path is copied; paste it into your file manager or a message.");
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
