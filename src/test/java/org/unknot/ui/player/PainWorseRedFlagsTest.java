package org.unknot.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** A session stopped because pain got worse brings back the red-flag questions once the rating screen is left. */
class PainWorseRedFlagsTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final FakeClock clock = new FakeClock();
    private final QueuedRunner runner = new QueuedRunner();
    /** What happened, in order: "closed" when the player let go, then the reason of each red-flag check asked. */
    private final List<String> happened = new ArrayList<>();

    private PlayerViewModel stoppedFor(StopReason reason) {
        Routine routine = new Routine("Calves", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60)));
        StoredRoutine stored = new StoredRoutine(temp.storage().routines().add(routine), routine);
        PlayerViewModel player = new PlayerViewModel(stored, temp.storage().sessions(), temp.storage().pain(), runner,
                new RecordingCues(), PlayerSettings.DEFAULTS.withPrepSeconds(0), clock, TempStorage.CLOCK,
                new ScriptedDialogs(), () -> happened.add("closed"), asked -> happened.add(asked.id()));
        player.start();
        clock.advanceSeconds(10);
        player.frame();
        player.askStop();
        player.stop(reason);
        runner.drain();
        return player;
    }

    @Test
    void skippingTheRatingAfterAPainWorseStopAsksTheRedFlagQuestionsWhereTheUserReturns() {
        PlayerViewModel player = stoppedFor(StopReason.PAIN_WORSE);
        assertEquals(List.of(), happened, "not while the rating screen shows");

        player.afterProperty().get().skip();

        assertEquals(List.of("closed", RedFlagReason.PAIN_WORSE_STOP.id()), happened);
    }

    @Test
    void savingTheRatingAfterAPainWorseStopAsksThemToo() {
        PlayerViewModel player = stoppedFor(StopReason.PAIN_WORSE);
        player.afterProperty().get().rating().typeDigit(8);

        player.afterProperty().get().save();
        runner.drain();

        assertEquals(List.of("closed", RedFlagReason.PAIN_WORSE_STOP.id()), happened);
    }

    @ParameterizedTest
    @EnumSource(value = StopReason.class, names = "PAIN_WORSE", mode = EnumSource.Mode.EXCLUDE)
    void otherStopsDoNotAsk(StopReason reason) {
        PlayerViewModel player = stoppedFor(reason);

        player.afterProperty().get().skip();

        assertEquals(List.of("closed"), happened);
    }
}
