package org.unknot.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** What the player tells someone across the room: the side switch, the window title, the pressure and the level. */
class FloorSignalsTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final FakeClock clock = new FakeClock();
    private final QueuedRunner runner = new QueuedRunner();

    private static final Routine BOTH_SIDES = new Routine("Both sides", "", PerformedBy.SELF, List.of(
            Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 20).withSide(Side.EACH)
                    .withIntensity(Intensity.MEDIUM).withLevel(2),
            Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 20).withSide(Side.LEFT),
            Step.rest(10, "Breathe")));

    private PlayerViewModel player() {
        long id = temp.storage().routines().add(BOTH_SIDES);
        return new PlayerViewModel(new StoredRoutine(id, BOTH_SIDES), temp.storage().sessions(),
                temp.storage().pain(), runner, new RecordingCues(), PlayerSettings.DEFAULTS.withPrepSeconds(0), clock,
                TempStorage.CLOCK, new ScriptedDialogs(), () -> { });
    }

    private static void play(PlayerViewModel player, FakeClock clock, double seconds) {
        for (double t = 0; t < seconds; t += 0.25) {
            clock.advanceSeconds(0.25);
            player.frame();
        }
    }

    private static String switchCard(PlayerViewModel player) {
        return player.floor().switchToProperty().get();
    }

    @Test
    void theSwitchCardCoversTheFirstFiveSecondsOfTheSecondSideOnly() {
        PlayerViewModel player = player();
        player.start();
        play(player, clock, 19.75);
        assertEquals("", switchCard(player), "no card on the first side");

        play(player, clock, 0.5);
        assertEquals("Switch to the right side", switchCard(player));
        play(player, clock, 4.5);
        assertEquals("Switch to the right side", switchCard(player), "4.75 s into the right side");
        play(player, clock, 0.5);
        assertEquals("", switchCard(player), "gone after 5 s");
    }

    @Test
    void pausedTimeDoesNotUseUpTheSwitchCard() {
        PlayerViewModel player = player();
        player.start();
        play(player, clock, 21);
        player.togglePause();
        play(player, clock, 30);

        assertEquals("Switch to the right side", switchCard(player));
        player.togglePause();
        play(player, clock, 4.5);
        assertEquals("", switchCard(player));
    }

    @Test
    void skippingToTheSecondSideShowsTheCardButAOneSidedStepNever() {
        PlayerViewModel player = player();
        player.start();
        player.next();
        assertEquals("Switch to the right side", switchCard(player));

        player.next();
        assertEquals("Thighs", player.areaProperty().get());
        assertEquals("", switchCard(player), "a left-only step has no side to switch to");
    }

    @Test
    void theWindowTitleCarriesTheTimeAndTheStepWhileTheSessionRunsAndIsUnknotOtherwise() {
        PlayerViewModel player = player();
        assertEquals("Unknot", player.floor().windowTitleProperty().get(), "on the ready screen");

        player.start();
        play(player, clock, 3);
        assertEquals("00:17  ·  Step 1 of 3  —  Unknot", player.floor().windowTitleProperty().get());
        player.togglePause();
        assertEquals("Paused  ·  00:17  ·  Step 1 of 3  —  Unknot", player.floor().windowTitleProperty().get());
        player.togglePause();
        player.next();
        player.next();
        assertEquals("00:20  ·  Step 2 of 3  —  Unknot", player.floor().windowTitleProperty().get());

        player.stop(StopReason.OUT_OF_TIME);
        assertEquals("Unknot", player.floor().windowTitleProperty().get(), "on the rating screen after");
    }

    @Test
    void thePressureAndTheMassagerLevelOfTheStepAreShownAndClearedForAStepWithout() {
        PlayerViewModel player = player();
        assertEquals("Medium pressure", player.pressureProperty().get(), "on the ready screen already");
        assertEquals("Level 2", player.levelProperty().get());

        player.start();
        player.next();
        player.next();

        assertEquals("", player.pressureProperty().get());
        assertEquals("", player.levelProperty().get());
    }
}
