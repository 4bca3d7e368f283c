package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.ui.common.FxBackgroundRunner;
import org.unknot.ui.player.RecordingCues;

/** The build's training run (for the class-data archive) over the real window on a fresh data folder. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TrainingRunWindowTest {

    @RegisterExtension
    final UiThreadDiskGuard diskGuard = new UiThreadDiskGuard();

    @TempDir
    static Path folder;

    private final AtomicInteger exits = new AtomicInteger();
    private TrainingRun training;
    private FxBackgroundRunner runner;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        runner = new FxBackgroundRunner();
        context = new AppContext(new DataFolder(Files.createTempDirectory(folder, "data")), runner,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), new FakeClock(),
                RecordingCues::new, Optional.empty());
        context.start(stage, () -> { });
        training = new TrainingRun(stage, Duration.millis(100), exits::incrementAndGet);
        training.start();
    }

    @AfterEach
    void close() {
        runner.close();
        context.close();
    }

    @Test
    void passesTheSafetyScreenOpensThePagesAndEndsTheAppOnce(FxRobot robot) throws Exception {
        // the data opens first, on a loaded machine in a few seconds
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exits.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("navHistory", "navSettings", "navRoutines", "navHistory"), training.pressed());
        assertTrue(robot.lookup("#historyPage").tryQuery().isPresent(), "the safety screen passed, History shown");
        assertTrue(robot.lookup("#navHistory").queryAs(ToggleButton.class).isSelected());
        assertEquals(1, exits.get());
    }
}
