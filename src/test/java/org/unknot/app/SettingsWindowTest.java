package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.PlayerSettings;
import org.unknot.files.StarterRoutines;
import org.unknot.ui.player.RecordingCues;

/** The Settings page in the real window, with the real background thread and disk work refused on the FX thread. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SettingsWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;

    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();

    // as on these machines: no sound device; speech is offered so its switch can be tried
    @RegisterExtension
    final AppWindow window = new AppWindow().cues(() -> new RecordingCues().withoutSoundDevice())
            .beforeStart(app -> app.replaceFileDialogs((owner, start, name, type) -> Optional.empty(),
                    openedFolders::add));

    @Start
    void start(Stage stage) throws Exception {
        window.seed(StarterRoutines::load, storage -> storage.settings().acknowledgeSafety(CLOCK.instant()))
                .start(stage);
    }

    private PlayerSettings stored() throws Exception {
        return CompletableFuture.supplyAsync(() -> window.read(storage -> storage.settings().playerSettings())).get();
    }

    private static void openSettings(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#navSettings").tryQuery().isPresent());
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#playerSection").tryQuery().isPresent());
    }

    private static void scrollToEnd(FxRobot robot) {
        robot.interact(() -> robot.lookup("#settingsPage .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theSoundAndSpeechSwitchesTurnThemOffAndOnAndAreRemembered(FxRobot robot) throws Exception {
        openSettings(robot);
        ToggleSwitch sound = robot.lookup("#soundSwitch").queryAs(ToggleSwitch.class);
        ToggleSwitch voice = robot.lookup("#voiceSwitch").queryAs(ToggleSwitch.class);
        assertTrue(sound.isSelected());
        assertFalse(voice.isSelected());

        robot.clickOn("#soundSwitch .thumb-area");
        robot.clickOn("#voiceSwitch .thumb-area");

        assertFalse(sound.isSelected());
        assertTrue(robot.lookup("#testSoundButton").queryButton().isDisabled(), "no chime to try with sounds off");
        Waits.until(() -> {
            try {
                return !stored().sound() && stored().voice();
            } catch (Exception e) {
                return false;
            }
        });
        robot.clickOn("#soundSwitch .thumb-area");
        Waits.until(() -> {
            try {
                return stored().sound();
            } catch (Exception e) {
                return false;
            }
        });
        assertFalse(robot.lookup("#testSoundButton").queryButton().isDisabled());
    }

    @Test
    void theSoundSwitchIsReachedWithTabAndFlippedWithSpace(FxRobot robot) throws Exception {
        openSettings(robot);
        ToggleSwitch sound = robot.lookup("#soundSwitch").queryAs(ToggleSwitch.class);
        // the text size slider comes just before the player's section
        robot.interact(() -> robot.lookup("#textSizeSlider").query().requestFocus());

        robot.type(KeyCode.TAB);
        Waits.until(sound::isFocused);
        robot.type(KeyCode.SPACE);

        Waits.until(() -> !sound.isSelected());
        Waits.until(() -> {
            try {
                return !stored().sound();
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void playingAChimeWithoutASoundDeviceSaysSo(FxRobot robot) throws Exception {
        openSettings(robot);
        assertFalse(robot.lookup("#chimeNote").queryAs(Label.class).isVisible());

        robot.clickOn("#testSoundButton");

        Waits.until(() -> robot.lookup("#chimeNote").queryAs(Label.class).isVisible());
        assertEquals("No sound device was found on this computer, so nothing can be heard; the player's screen still "
                + "flashes with every cue.", text(robot, "#chimeNote"));
    }

    @Test
    void aTypedCountdownOutOfRangeIsRefusedWithItsRangeAndAGoodOneIsSaved(FxRobot robot) throws Exception {
        openSettings(robot);
        Spinner<?> prep = robot.lookup("#prepSpinner").queryAs(Spinner.class);

        robot.doubleClickOn(prep.getEditor()).eraseText(4).write("45").type(KeyCode.ENTER);

        Waits.until(() -> robot.lookup("#prepProblem").queryAs(Label.class).isVisible());
        assertEquals("\u201c45\u201d cannot be used: the countdown takes whole seconds from 0 to 30.",
                text(robot, "#prepProblem"));
        assertEquals(PlayerSettings.DEFAULTS.prepSeconds(), prep.getValue());
        assertEquals(PlayerSettings.DEFAULTS.prepSeconds(), stored().prepSeconds());

        robot.doubleClickOn(prep.getEditor()).eraseText(4).write("12").type(KeyCode.ENTER);

        Waits.until(() -> !robot.lookup("#prepProblem").queryAs(Label.class).isVisible());
        assertEquals(12, prep.getValue());
        Waits.until(() -> {
            try {
                return stored().prepSeconds() == 12;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void theDataFolderIsOpenedInTheBackgroundAndItsPathCopied(FxRobot robot) throws Exception {
        openSettings(robot);
        scrollToEnd(robot);
        assertEquals(window.data().toString(), text(robot, "#dataFolderLabel"));

        robot.clickOn("#openFolderButton");
        Waits.until(() -> openedFolders.size() == 1);
        assertEquals(window.data(), openedFolders.get(0));

        robot.clickOn("#copyPathButton");
        Waits.until(() -> robot.lookup("#dataFolderMessage").queryAs(Label.class).isVisible());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(window.data().toString(), copied[0]);
    }

    @Test
    void restoreAsksFirstWithKeepingTheCurrentDataAsTheDefault(FxRobot robot) throws Exception {
        openSettings(robot);
        // today's daily copy, made at start
        Waits.until(() -> robot.lookup("#backupsList").queryListView().getItems().size() == 1);
        scrollToEnd(robot);

        robot.clickOn("#restoreBackupButton");

        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Button keep = robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton();
        assertEquals("Keep my current data", keep.getText());
        robot.type(KeyCode.ENTER);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertFalse(CompletableFuture.supplyAsync(() -> Files.exists(window.data().resolve("set-aside"))).get(),
                "nothing was restored, nothing set aside");
    }
}
