package org.unknot.ui.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.unknot.domain.Theme;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/** Settings: the theme, the safety information again, and where the data lives. */
public final class SettingsViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SettingsStore settings;
    private final BackgroundRunner runner;
    private final Runnable showSafety;
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyStringWrapper safetyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataFolder;
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    /**
     * @param initialTheme the theme in force, already applied
     * @param applyTheme   applies a theme to the running app
     */
    public SettingsViewModel(SettingsStore settings, BackgroundRunner runner, Theme initialTheme,
                             Consumer<Theme> applyTheme, String dataFolder, Runnable showSafety) {
        this.settings = settings;
        this.runner = runner;
        this.showSafety = showSafety;
        this.theme = new SimpleObjectProperty<>(initialTheme);
        this.dataFolder = new ReadOnlyStringWrapper(dataFolder);
        theme.addListener((observable, old, chosen) -> {
            if (chosen == null) {
                theme.set(old);
                return;
            }
            applyTheme.accept(chosen);
            runner.run(() -> {
                settings.setTheme(chosen);
                return chosen;
            }, saved -> errorMessage.set(""), failure -> errorMessage.set(ErrorMessages.plain(failure)));
        });
    }

    public void load() {
        runner.run(settings::safetyAcknowledgedAt, acknowledged -> safetyStatus.set(acknowledged
                .map(when -> "You read it on " + when.atZone(ZoneId.systemDefault()).format(DATE) + ".")
                .orElse("")), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public void showSafety() {
        showSafety.run();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty safetyStatusProperty() {
        return safetyStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
