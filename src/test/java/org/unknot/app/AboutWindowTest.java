package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.files.StarterRoutines;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.FxBackgroundRunner;
import org.unknot.ui.player.RecordingCues;

/** About in Settings, in the real window: the version of pom.xml, the data folder and the licences. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AboutWindowTest {

    @RegisterExtension
    final UiThreadDiskGuard diskGuard = new UiThreadDiskGuard();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private FxBackgroundRunner runner;
    private AppContext context;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(folder, "data");
        // @Start runs on the FX thread, where disk work is refused: the data is written on another thread.
        CompletableFuture.runAsync(this::seed).get();
        runner = new FxBackgroundRunner();
        context = new AppContext(new DataFolder(data), runner, CLOCK, new FakeClock(),
                () -> new RecordingCues().withoutSoundDevice(), Optional.empty());
        context.start(stage, () -> { });
    }

    private void seed() {
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, StarterRoutines::load)) {
            storage.settings().acknowledgeSafety(CLOCK.instant());
        }
    }

    @AfterEach
    void close() {
        runner.close();
        context.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aboutShowsTheVersionOfThePomTheDataFolderAndTheLicences(FxRobot robot) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher project = Pattern.compile("<artifactId>unknot</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(project.find(), "pom.xml states the project's version");
        Waits.until(() -> robot.lookup("#navSettings").tryQuery().isPresent());

        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#aboutSection").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settingsPage .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));

        assertEquals("Version " + project.group(1), text(robot, "#aboutVersion"));
        assertEquals("Data folder: " + data, text(robot, "#aboutDataFolder"));
        assertTrue(text(robot, "#aboutLicence").contains("Apache License 2.0"), text(robot, "#aboutLicence"));
        String fonts = text(robot, "#aboutFonts");
        assertTrue(fonts.contains("DejaVu") && fonts.contains("SIL Open Font License 1.1"), fonts);
        assertTrue(robot.lookup("#aboutVersion").query().isVisible());
    }
}
