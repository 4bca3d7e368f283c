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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
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
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;
import org.unknot.ui.common.FxBackgroundRunner;
import org.unknot.ui.player.RecordingCues;

/**
 * {@code unknot --play NAME}: the player opens first, and the pages, built only when first shown, come up on leaving
 * it with the routine chosen.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlayOnStartWindowTest {

    @RegisterExtension
    final UiThreadDiskGuard diskGuard = new UiThreadDiskGuard();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(folder, "data");
        // @Start runs on the FX thread: the data is seeded on another one.
        CompletableFuture.runAsync(() -> {
            try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
                storage.settings().acknowledgeSafety(CLOCK.instant());
                storage.routines().add(new Routine("Calves first", "", PerformedBy.SELF,
                        List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
                storage.routines().add(new Routine("Quick calves", "", PerformedBy.SELF,
                        List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 10))));
            }
        }).get();
        context = new AppContext(new DataFolder(data), runner, CLOCK, new FakeClock(), RecordingCues::new,
                Optional.of("Quick calves"));
        context.start(stage, () -> { });
    }

    @AfterEach
    void close() {
        runner.close();
        context.close();
    }

    @Test
    void thePlayerComesFirstAndLeavingItShowsTheLibraryOnThatRoutine(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        assertTrue(robot.lookup("#routinesPage").tryQuery().isEmpty(), "the player is shown on its own");

        robot.clickOn("#backButton");

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#routineList").queryAs(ListView.class);
        Waits.until(() -> list.getSelectionModel().getSelectedItem() != null);
        assertEquals("Quick calves", ((RoutineSummary) list.getSelectionModel().getSelectedItem()).name());
    }
}
