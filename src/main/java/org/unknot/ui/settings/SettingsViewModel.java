package org.unknot.ui.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Theme;
import org.unknot.session.CueKind;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.LatestLoader;
import org.unknot.ui.player.CueOutput;

/**
 * Settings: the theme, the player's sound, voice and countdown, the safety information again.
 * What is shown is output state; the user changes it only through the commands ({@code chooseTheme},
 * {@code setVolume} …), which save, and do nothing when the value is already the one shown. A load sets the state
 * directly, so it is never mistaken for a change by the user.
 */
public final class SettingsViewModel {


    private final SettingsStore settings;
    private final BackgroundRunner runner;
    private final Consumer<Theme> applyTheme;
    private final ZoneId zone;
    private final Runnable showSafety;
    private final CueOutput cues;
    private final LatestLoader<Boolean, Loaded> loader;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ReadOnlyStringWrapper safetyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sound = new ReadOnlyBooleanWrapper(PlayerSettings.DEFAULTS.sound());
    private final ReadOnlyIntegerWrapper volume = new ReadOnlyIntegerWrapper(PlayerSettings.DEFAULTS.volume());
    private final ReadOnlyBooleanWrapper voice = new ReadOnlyBooleanWrapper(PlayerSettings.DEFAULTS.voice());
    private final ReadOnlyIntegerWrapper prepSeconds = new ReadOnlyIntegerWrapper(PlayerSettings.DEFAULTS.prepSeconds());
    private final ReadOnlyStringWrapper prepProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chimeNote = new ReadOnlyStringWrapper("");
    /** Counts the user's player changes, so that a load asked for before one of them does not undo it. */
    private long edits;
    private long editsAtLoad;

    /**
     * @param initialTheme the theme in force, already applied
     * @param applyTheme   applies a theme to the running app
     * @param zone         the zone dates are shown in (the clock's)
     */
    public SettingsViewModel(SettingsStore settings, BackgroundRunner runner, Theme initialTheme,
                             Consumer<Theme> applyTheme, ZoneId zone, Runnable showSafety,
                             CueOutput cues) {
        this.settings = settings;
        this.runner = runner;
        this.applyTheme = applyTheme;
        this.zone = zone;
        this.showSafety = showSafety;
        this.cues = cues;
        this.theme = new ReadOnlyObjectWrapper<>(initialTheme);
        this.loader = new LatestLoader<>(runner,
                ignored -> new Loaded(settings.playerSettings(), settings.safetyAcknowledgedAt()), this::show,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Reads what the page shows; called each time the page is shown. */
    public void load() {
        editsAtLoad = edits;
        loader.reload(Boolean.TRUE);
    }

    /** The page was left: a load on its way is dropped. */
    public void stop() {
        loader.cancel();
    }

    private void show(Loaded loaded) {
        if (edits == editsAtLoad) {
            PlayerSettings player = loaded.player();
            sound.set(player.sound());
            volume.set(player.volume());
            voice.set(player.voice());
            prepSeconds.set(player.prepSeconds());
        }
        safetyStatus.set(loaded.acknowledged()
                .map(when -> "You read it on " + Formats.day(when.atZone(zone).toLocalDate()) + ".").orElse(""));
    }

    // Commands ----------------------------------------------------------------------------------------------------

    public void chooseTheme(Theme chosen) {
        if (chosen == null || chosen == theme.get()) {
            return;
        }
        theme.set(chosen);
        applyTheme.accept(chosen);
        save(() -> settings.setTheme(chosen));
    }

    public void setSound(boolean on) {
        if (on != sound.get()) {
            sound.set(on);
            savePlayerSettings();
        }
    }

    /** 0–100; values outside are clamped. */
    public void setVolume(int value) {
        int clamped = clamp(value, PlayerSettings.MAX_VOLUME);
        if (clamped != volume.get()) {
            volume.set(clamped);
            savePlayerSettings();
        }
    }

    public void setVoice(boolean on) {
        if (on != voice.get()) {
            voice.set(on);
            savePlayerSettings();
        }
    }

    /** 0–30 seconds; values outside are clamped. */
    public void setPrepSeconds(int value) {
        int clamped = clamp(value, PlayerSettings.MAX_PREP_SECONDS);
        prepProblem.set("");
        if (clamped != prepSeconds.get()) {
            prepSeconds.set(clamped);
            savePlayerSettings();
        }
    }

    /**
     * The countdown as the user typed it: whole seconds from 0 to 30 are saved; anything else is refused with a
     * sentence that states the range, and the saved value stays.
     *
     * @return the countdown now in force
     */
    public int enterPrepSeconds(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.matches("\\d{1,3}") && Integer.parseInt(text) <= PlayerSettings.MAX_PREP_SECONDS) {
            setPrepSeconds(Integer.parseInt(text));
        } else {
            prepProblem.set((text.isEmpty() ? "An empty countdown" : "\u201c" + text + "\u201d")
                    + " cannot be used: the countdown takes whole seconds from 0 to "
                    + PlayerSettings.MAX_PREP_SECONDS + ".");
        }
        return prepSeconds.get();
    }

    /**
     * Plays the step chime at the chosen volume, so the user can hear what the player will sound like — or says that
     * nothing can be heard because the computer has no sound device.
     */
    public void testSound() {
        cues.setVolume(volume.get() / (double) PlayerSettings.MAX_VOLUME);
        cues.play(CueKind.STEP_START);
        chimeNote.set(cues.soundAvailable() ? ""
                : "No sound device was found on this computer, so nothing can be heard; the player's screen still "
                + "flashes with every cue.");
    }

    public void showSafety() {
        showSafety.run();
    }

    private void savePlayerSettings() {
        edits++;
        PlayerSettings chosen = new PlayerSettings(sound.get(), volume.get(), voice.get(), prepSeconds.get());
        save(() -> settings.savePlayerSettings(chosen));
    }

    private void save(Runnable write) {
        runner.run(() -> {
            write.run();
            return null;
        }, saved -> errorMessage.set(""), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    // Properties --------------------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty soundProperty() {
        return sound.getReadOnlyProperty();
    }

    /** 0–100. */
    public ReadOnlyIntegerProperty volumeProperty() {
        return volume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty voiceProperty() {
        return voice.getReadOnlyProperty();
    }

    /** 0–30 seconds. */
    public ReadOnlyIntegerProperty prepSecondsProperty() {
        return prepSeconds.getReadOnlyProperty();
    }

    /** Why the typed countdown was refused, stating the range; empty while the countdown shown is the one saved. */
    public ReadOnlyStringProperty prepProblemProperty() {
        return prepProblem.getReadOnlyProperty();
    }

    /** Said after "Play a chime" when nothing could be heard; empty otherwise. */
    public ReadOnlyStringProperty chimeNoteProperty() {
        return chimeNote.getReadOnlyProperty();
    }

    public boolean speechAvailable() {
        return cues.speechAvailable();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty safetyStatusProperty() {
        return safetyStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    private record Loaded(PlayerSettings player, Optional<Instant> acknowledged) {
    }
}
