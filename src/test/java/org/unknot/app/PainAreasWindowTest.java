package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.Storage;

/**
 * Where it hurts, as a user says it: two areas clicked on the body map after a session, one more at today's check-in,
 * and History counting them — with the app's real background thread, so disk work on the FX thread fails the test.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PainAreasWindowTest {

    private static final Routine QUICK = new Routine("Quick low back", "", PerformedBy.SELF, List.of(
            Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 10)));

    private final FakeClock time = new FakeClock();

    @RegisterExtension
    final AppWindow window = new AppWindow().time(time);

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(AppWindow.CLOCK.instant());
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(QUICK);
        }).start(stage);
    }

    /** A region of the map whose id starts with {@code mapId}, clicked where the user would click it. */
    private static void clickRegion(FxRobot robot, String mapId, String region) {
        Node map = robot.lookup("#" + mapId).query();
        Node shape = robot.from(map).lookup("#bodyRegion-" + region).query();
        robot.clickOn(shape);
    }

    private static boolean chosen(FxRobot robot, String buttonId) {
        return robot.lookup("#" + buttonId).queryAs(ToggleButton.class).isSelected();
    }

    private static String count(FxRobot robot, Area area) {
        return robot.lookup("#painArea-" + area.id()).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    @Test
    void twoAreasClickedOnTheMapAfterASessionAreCountedInHistory(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("Quick low back").tryQuery().isPresent());
        robot.clickOn("Quick low back");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        robot.type(KeyCode.SPACE);
        time.advanceSeconds(30);
        Waits.until(() -> robot.lookup("#area-map").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT5);

        clickRegion(robot, "area-map", "back-lower-back");
        clickRegion(robot, "area-map", "front-neck");

        assertTrue(chosen(robot, "area-lower-back") && chosen(robot, "area-neck"), "the buttons show the map's choice");
        robot.clickOn("#saveRatingButton");

        Waits.until(() -> robot.lookup("#navHistory").tryQuery().isPresent());
        robot.clickOn("#navHistory");
        robot.interact(() -> robot.lookup("#historyTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        Waits.until(() -> count(robot, Area.LOWER_BACK).equals("1 of 1"));
        assertEquals("1 of 1", count(robot, Area.NECK));
        assertEquals("", count(robot, Area.CALVES), "an area nobody named has no row");

        // Today's check-in, on the card's own map: the lower back again, and the feet.
        robot.interact(() -> robot.lookup("#checkInCard").queryAs(TitledPane.class).setExpanded(true));
        Waits.until(() -> robot.lookup("#checkInArea-map").tryQuery().isPresent());
        robot.clickOn("#checkIn-4");
        clickRegion(robot, "checkInArea-map", "back-lower-back");
        clickRegion(robot, "checkInArea-map", "front-foot-right");
        assertTrue(chosen(robot, "checkInArea-lower-back") && chosen(robot, "checkInArea-feet"));
        robot.clickOn("#saveCheckInButton");

        Waits.until(() -> count(robot, Area.LOWER_BACK).equals("2 of 2"));
        assertEquals("1 of 2", count(robot, Area.NECK));
        assertEquals("1 of 2", count(robot, Area.FEET));
        window.exit();
        try (Storage storage = window.openData()) {
            assertEquals(Set.of(Area.LOWER_BACK, Area.FEET),
                    storage.pain().checkInOn(AppWindow.CLOCK.instant().atZone(AppWindow.CLOCK.getZone())
                            .toLocalDate()).orElseThrow().areas());
        }
    }
}
