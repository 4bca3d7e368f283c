package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unknot.app.AppWindow.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.files.StarterRoutines;
import org.unknot.store.Backups;
import org.unknot.store.DataFiles;
import org.unknot.store.DataFolder;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;
import org.unknot.ui.common.Formats;
import org.unknot.ui.settings.BackupsViewModel;

/** Restoring a backup from the open app, and a damaged data file, in the real window with the real background thread. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackupsWindowTest {

    /** The backup's day as the app shows it, in the user's locale. */
    private static final String BACKUP_DAY_SHOWN = Formats.day(LocalDate.of(2026, 11, 20));

    private static final Clock BACKUP_DAY = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final String DELETED = "Low-back relief";

    private final AtomicBoolean fatal = new AtomicBoolean();

    @RegisterExtension
    final AppWindow window = new AppWindow().onFatal(() -> fatal.set(true));

    @Start
    void start(Stage stage) throws Exception {
        window.onDisk(this::seed).start(stage);
    }

    /** The starter routines backed up on the 20th; then one of them deleted, and — in the damage test — damage. */
    private void seed() {
        DataFolder dataFolder = window.folder();
        try (Storage storage = Storage.open(dataFolder, BACKUP_DAY, StarterRoutines::load)) {
            storage.settings().acknowledgeSafety(BACKUP_DAY.instant());
            new Backups(dataFolder, storage.database(), BACKUP_DAY).backUpNow();
            long id = storage.routines().findByName(DELETED).orElseThrow().id();
            storage.routines().delete(id);
        }
    }

    private void damage() throws Exception {
        DataFiles.withSessions(window.folder().databaseFile(), 300);
        DataFiles.damageMiddlePage(window.folder().databaseFile());
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#noticeText").queryAs(Label.class).getText();
    }

    private static List<String> routines(FxRobot robot) {
        ListView<RoutineSummary> list = robot.lookup("#routineList").queryListView();
        return list.getItems().stream().map(RoutineSummary::name).toList();
    }

    private Path setAsideFolder() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try (Stream<Path> folders = Files.list(window.data().resolve("set-aside"))) {
                return folders.findFirst().orElseThrow();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }

    @Test
    void restoringFromSettingsPutsTheBackupInPlaceAndShowsThePagesAgainOnIt(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#routineList").tryQuery().isPresent());
        assertFalse(routines(robot).contains(DELETED));
        robot.clickOn("#navSettings");
        ListView<BackupsViewModel.Row> backups = robot.lookup("#backupsList").queryListView();
        // the 20th, and today's daily copy made at start
        Waits.until(() -> backups.getItems().size() == 2);
        robot.interact(() -> backups.getSelectionModel().select(1));
        assertTrue(backups.getItems().get(1).text().startsWith(BACKUP_DAY_SHOWN));

        Button restore = robot.lookup("#restoreBackupButton").queryButton();
        Platform.runLater(restore::fire);
        answer(robot, "Restore this backup");

        Waits.until(() -> notice(robot).startsWith("The backup of " + BACKUP_DAY_SHOWN + " is now in place."));
        Path aside = setAsideFolder();
        assertEquals("The backup of " + BACKUP_DAY_SHOWN + " is now in place. Your previous data file was put in "
                + aside + ".", notice(robot));
        assertTrue(CompletableFuture.supplyAsync(() -> Files.isRegularFile(aside.resolve("unknot.db"))).get());
        robot.clickOn("#navRoutines");
        Waits.until(() -> routines(robot).contains(DELETED));
        assertFalse(fatal.get());
    }
}
