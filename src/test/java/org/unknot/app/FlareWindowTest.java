package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.ui.player.RecordingCues;

/**
 * A flare day as a user walks it in the real window: today's check-in marked a flare, then the ready screen offers the
 * gentle version, G starts it, and the running screen says what was made gentler. Disk work on the FX thread fails it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FlareWindowTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(AppWindow.NOW, ZoneOffset.UTC);
    private static final Routine FIRM_CALVES = new Routine("Firm calves", "", PerformedBy.SELF, List.of(
            new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.CALVES), Side.EACH, Optional.of(Technique.DEEP_PRESSURE),
                    Optional.of(Intensity.FIRM), OptionalInt.of(4), 90, "Slowly"),
            Step.rest(5, "Breathe")));

    private final FakeClock time = new FakeClock();

    @RegisterExtension
    final AppWindow window = new AppWindow().time(time).cues(RecordingCues::new);

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(AppWindow.NOW);
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(FIRM_CALVES);
        }).start(stage);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aFlareCheckInOffersTheGentleVersionWhichThePlayerShowsAsChanged(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#navHistory").tryQuery().isPresent());
        robot.clickOn("#navHistory");
        robot.clickOn("#checkInCard");
        robot.clickOn("#checkIn-8");
        ToggleSwitch flare = robot.lookup("#flareSwitch").queryAs(ToggleSwitch.class);
        robot.clickOn("#flareSwitch .thumb-area");
        Waits.until(flare::isSelected);
        robot.clickOn("#saveCheckInButton");
        Waits.until(() -> text(robot, "#checkInStatus").equals("Saved today's check-in: pain 8."));

        robot.clickOn("#navRoutines");
        Waits.until(() -> robot.lookup("Firm calves").tryQuery().isPresent());
        robot.clickOn("Firm calves");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#gentleOffer").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("Today is marked a flare day. A gentle version of this routine is ready; it changes 1 step:",
                text(robot, "#gentleReason"));
        assertTrue(robot.lookup("#gentleChanges .label").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch(line -> line.endsWith("60 s each side instead of 90 s, medium pressure instead of firm, "
                        + "level 2 instead of 4, long strokes instead of deep pressure")));

        robot.type(KeyCode.G);
        Waits.until(() -> robot.lookup("#runningPane").tryQuery().isPresent());
        Waits.until(() -> text(robot, "#gentleLabel").startsWith("Gentle: 60 s each side instead of 90 s"));
        assertEquals("01:00", text(robot, "#remaining"));

        SessionRecord session = window.stored(storage -> storage.sessions().recent(1).get(0));
        assertTrue(session.gentle(), "the session is recorded as gentle");
        boolean flareDay = window.read(storage -> storage.pain().checkInOn(TODAY).orElseThrow().flare());
        assertTrue(flareDay, "today's check-in is a flare day");
    }
}
