package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.InstanceLock;
import org.unknot.store.Storage;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.FxDialogs;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.player.PlayerViewModel;
import org.unknot.ui.player.RecordingCues;
import org.unknot.ui.player.UnfinishedSession;

/** The app's exit (what the TERM hook runs after the runner has drained), on a real data file, without a signal. */
class LifetimeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Routine ROUTINE = new Routine("Calves", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20).withSide(Side.EACH),
            Step.of(Tool.HANDHELD_MASSAGER, Area.THIGHS, 60)));

    @TempDir
    Path dir;

    private final FakeClock time = new FakeClock();
    private final QueuedRunner runner = new QueuedRunner();
    private final RecordingCues cues = new RecordingCues();

    private PlayerViewModel player(Storage storage) {
        long id = storage.routines().add(ROUTINE);
        return new PlayerViewModel(new StoredRoutine(id, ROUTINE), storage.sessions(), storage.pain(), runner, cues,
                PlayerSettings.DEFAULTS.withPrepSeconds(0), time, CLOCK, new FxDialogs(() -> null), () -> { });
    }

    private void play(PlayerViewModel player, int seconds) {
        for (int second = 0; second < seconds; second++) {
            time.advanceSeconds(1);
            player.frame();
        }
    }

    @Test
    void theExitKeepsTheRunningSessionAsInterruptedWithWhatWasDoneAndLetsGoOfEverything() {
        DataFolder folder = new DataFolder(dir);
        Lifetime lifetime = new Lifetime();
        lifetime.hold(InstanceLock.acquire(folder));
        Storage storage = lifetime.hold(Storage.open(folder, CLOCK, List::of));
        lifetime.hold(cues);
        PlayerViewModel player = player(storage);
        lifetime.playing(player.unfinished());
        player.start();
        play(player, 52);
        // what the exit's runner.close() does first: the writes already asked for are done
        runner.drain();

        lifetime.close();

        assertTrue(cues.closed(), "sound and speech are ended");
        assertThrows(RuntimeException.class, () -> storage.sessions().count(), "the data file is closed");
        try (InstanceLock again = InstanceLock.acquire(folder);
             Storage next = Storage.open(folder, CLOCK, List::of)) {
            SessionRecord session = next.sessions().recent(1).get(0);
            assertEquals(SessionStatus.INTERRUPTED, session.status());
            assertEquals(52, session.doneSeconds(), "both sides of the first step and 12 s of the second");
            assertEquals(Optional.of(NOW.plusSeconds(52)), session.endedAt());
            assertEquals(0, next.sessions().markInterrupted(), "nothing left in progress for the next start");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theExitWritesWhatTheRunnerHadNotWrittenEvenAfterThePlayerWasLeft() {
        DataFolder folder = new DataFolder(dir);
        Lifetime lifetime = new Lifetime();
        Storage storage = lifetime.hold(Storage.open(folder, CLOCK, List::of));
        PlayerViewModel player = player(storage);
        lifetime.playing(player.unfinished());
        player.start();
        play(player, 30);
        player.stop(StopReason.OTHER);
        player.typeDigit(5);
        player.afterProperty().get().skip();
        // as the app does when the player is left; the background thread never got to the writes (a busy file, or
        // the exit's drain ran out of time)
        lifetime.playing(UnfinishedSession.NONE);

        lifetime.close();

        try (Storage next = Storage.open(folder, CLOCK, List::of)) {
            SessionRecord session = next.sessions().recent(1).get(0);
            assertEquals(SessionStatus.STOPPED, session.status());
            assertEquals(30, session.doneSeconds());
            assertEquals(Optional.of(new PainScore(5)), session.painAfter());
        }
    }

    @Test
    void theExitWithNoSessionUnderWayWritesNothingAndMayRunTwice() {
        DataFolder folder = new DataFolder(dir);
        Lifetime lifetime = new Lifetime();
        Storage storage = lifetime.hold(Storage.open(folder, CLOCK, List::of));
        PlayerViewModel player = player(storage);
        lifetime.playing(player.unfinished());

        lifetime.close();
        lifetime.close();

        try (Storage next = Storage.open(folder, CLOCK, List::of)) {
            assertEquals(0, next.sessions().count());
        }
    }

    @Test
    void whatIsOpenedAfterTheExitBeganIsClosedAtOnce() {
        Lifetime lifetime = new Lifetime();
        lifetime.close();

        assertThrows(IllegalStateException.class, () -> lifetime.hold(cues));

        assertTrue(cues.closed());
    }

    @Test
    void aReleasedDataFileIsClosedAtOnceWhileTheRestStaysOpenUntilTheEnd() {
        DataFolder folder = new DataFolder(dir);
        Lifetime lifetime = new Lifetime();
        lifetime.hold(cues);
        Storage storage = lifetime.hold(Storage.open(folder, CLOCK, List::of));

        lifetime.release(storage);

        assertThrows(RuntimeException.class, () -> storage.sessions().count(), "the data file is closed");
        assertFalse(cues.closed(), "sound and speech stay until the end");
        lifetime.close();
        assertTrue(cues.closed());
    }
}
