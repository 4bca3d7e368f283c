package org.unknot.ui.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Theme;
import org.unknot.session.CueKind;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.player.CueOutput;

/** Settings: the theme, the player's sound, voice and countdown, the safety information again, where the data lives. */
public final class SettingsViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SettingsStore settings;
    private final BackgroundRunner runner;
    private final Runnable showSafety;
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyStringWrapper safetyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataFolder;
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty sound = new SimpleBooleanProperty(PlayerSettings.DEFAULTS.sound());
    private final IntegerProperty volume = new SimpleIntegerProperty(PlayerSettings.DEFAULTS.volume());
    private final BooleanProperty voice = new SimpleBooleanProperty(PlayerSettings.DEFAULTS.voice());
    private final IntegerProperty prepSeconds = new SimpleIntegerProperty(PlayerSettings.DEFAULTS.prepSeconds());
    private final CueOutput cues;
    private boolean loadingPlayer;

    /**
     * @param initialTheme the theme in force, already applied
     * @param applyTheme   applies a theme to the running app
     */
    public SettingsViewModel(SettingsStore settings, BackgroundRunner runner, Theme initialTheme,
                             Consumer<Theme> applyTheme, String dataFolder, Runnable showSafety, CueOutput cues) {
        this.settings = settings;
        this.cues = cues;
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
        watchPlayerSettings();
    }

    private void watchPlayerSettings() {
        for (Observable setting : List.of(sound, volume, voice, prepSeconds)) {
            setting.addListener(changed -> {
                if (!loadingPlayer) {
                    savePlayerSettings();
                }
            });
        }
    }

    private void savePlayerSettings() {
        PlayerSettings chosen = new PlayerSettings(sound.get(), clamp(volume.get(), PlayerSettings.MAX_VOLUME),
                voice.get(), clamp(prepSeconds.get(), PlayerSettings.MAX_PREP_SECONDS));
        runner.run(() -> {
            settings.savePlayerSettings(chosen);
            return chosen;
        }, saved -> errorMessage.set(""), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    /** Plays the step chime at the chosen volume, so the user can hear what the player will sound like. */
    public void testSound() {
        cues.setVolume(volume.get() / (double) PlayerSettings.MAX_VOLUME);
        cues.play(CueKind.STEP_START);
    }

    public void load() {
        runner.run(settings::playerSettings, player -> {
            loadingPlayer = true;
            sound.set(player.sound());
            volume.set(player.volume());
            voice.set(player.voice());
            prepSeconds.set(player.prepSeconds());
            loadingPlayer = false;
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
        runner.run(settings::safetyAcknowledgedAt, acknowledged -> safetyStatus.set(acknowledged
                .map(when -> "You read it on " + when.atZone(ZoneId.systemDefault()).format(DATE) + ".")
                .orElse("")), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public void showSafety() {
        showSafety.run();
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    /** 0–100. */
    public IntegerProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty voiceProperty() {
        return voice;
    }

    /** 0–30 seconds. */
    public IntegerProperty prepSecondsProperty() {
        return prepSeconds;
    }

    public boolean speechAvailable() {
        return cues.speechAvailable();
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
