package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineSummary;

/**
 * {@code unknot --play NAME}: the player opens first, and the pages, built only when first shown, come up on leaving
 * it with the routine chosen.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlayOnStartWindowTest {

    @RegisterExtension
    final AppWindow window = new AppWindow().play("Quick calves");

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(AppWindow.NOW);
            storage.routines().add(new Routine("Calves first", "", PerformedBy.SELF,
                    List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
            storage.routines().add(new Routine("Quick calves", "", PerformedBy.SELF,
                    List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 10))));
        }).start(stage);
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
