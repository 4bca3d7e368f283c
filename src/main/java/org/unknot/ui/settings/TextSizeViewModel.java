package org.unknot.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.domain.TextSize;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/**
 * The text size, chosen in Settings or with Ctrl + / Ctrl − / Ctrl 0 anywhere: applied to the window at once and
 * remembered in the background, one write per change.
 */
public final class TextSizeViewModel {

    private final SettingsStore settings;
    private final BackgroundRunner runner;
    private final Consumer<TextSize> apply;
    private final ReadOnlyObjectWrapper<TextSize> size;
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    /**
     * @param initial the size in force, already applied
     * @param apply   applies a size to the running app
     */
    public TextSizeViewModel(SettingsStore settings, BackgroundRunner runner, TextSize initial,
                             Consumer<TextSize> apply) {
        this.settings = settings;
        this.runner = runner;
        this.apply = apply;
        this.size = new ReadOnlyObjectWrapper<>(initial);
    }

    /** Applies and remembers the size; nothing happens when it is the size already in force. */
    public void choose(TextSize chosen) {
        if (chosen == null || chosen.equals(size.get())) {
            return;
        }
        size.set(chosen);
        apply.accept(chosen);
        runner.run(() -> {
            settings.setTextSize(chosen);
            return null;
        }, saved -> errorMessage.set(""), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public void larger() {
        choose(size.get().larger());
    }

    public void smaller() {
        choose(size.get().smaller());
    }

    public void reset() {
        choose(TextSize.NORMAL);
    }

    public ReadOnlyObjectProperty<TextSize> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Why the size could not be remembered; empty when it was. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
