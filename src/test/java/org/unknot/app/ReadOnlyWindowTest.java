package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.files.StarterRoutines;
import org.unknot.store.Backups;
import org.unknot.store.DataFiles;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.Formats;

/** A data file that fails its integrity check, opened by the real window: read only, said on every page. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReadOnlyWindowTest {

    /** The backup's day as the app shows it, in the user's locale. */
    private static final String BACKUP_DAY_SHOWN = Formats.day(LocalDate.of(2026, 11, 20));

    private static final Clock BACKUP_DAY = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final AtomicBoolean fatal = new AtomicBoolean();

    @RegisterExtension
    final AppWindow window = new AppWindow().onFatal(() -> fatal.set(true));

    @Start
    void start(Stage stage) throws Exception {
        DataFolder dataFolder = window.folder();
        window.onDisk(() -> {
            try (Storage storage = Storage.open(dataFolder, BACKUP_DAY, StarterRoutines::load)) {
                storage.settings().acknowledgeSafety(BACKUP_DAY.instant());
                new Backups(dataFolder, storage.database(), BACKUP_DAY).backUpNow();
            }
            DataFiles.withSessions(dataFolder.databaseFile(), 300);
            DataFiles.damageMiddlePage(dataFolder.databaseFile());
        }).start(stage);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void everyPageSaysTheFileIsDamagedNothingWritesAndTheNewestGoodBackupPutsItRight(FxRobot robot)
            throws Exception {
        Waits.until(() -> robot.lookup("#readOnlyBanner").tryQuery().isPresent());
        verifyThat("#readOnlyBanner", isVisible());
        assertTrue(text(robot, "#readOnlyText").contains("is damaged"), text(robot, "#readOnlyText"));
        for (String writes : new String[] {"#newButton", "#importButton", "#startButton", "#editButton"}) {
            assertTrue(robot.lookup(writes).queryButton().isDisabled(), writes);
        }
        robot.clickOn("#navHistory");
        verifyThat("#readOnlyBanner", isVisible());
        robot.clickOn("#navSettings");
        verifyThat("#readOnlyBanner", isVisible());
        assertTrue(robot.lookup("#backUpNowButton").queryButton().isDisabled());

        Button restoreNewest = robot.lookup("#restoreNewestButton").queryButton();
        Platform.runLater(restoreNewest::fire);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .button")
                .match((Button b) -> "Restore this backup".equals(b.getText())).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        Waits.until(() -> text(robot, "#noticeText").startsWith("The backup of " + BACKUP_DAY_SHOWN + " is now in "
                + "place."));
        assertFalse(robot.lookup("#readOnlyBanner").queryAs(javafx.scene.Node.class).isVisible(),
                "the restored file can be written");
        assertFalse(robot.lookup("#backUpNowButton").queryButton().isDisabled());
        assertFalse(fatal.get());
    }
}
