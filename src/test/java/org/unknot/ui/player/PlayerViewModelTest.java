package org.unknot.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.unknot.session.CueKind;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

class PlayerViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final FakeClock clock = new FakeClock();
    private final RecordingCues cues = new RecordingCues();
    private final AtomicInteger closed = new AtomicInteger();
    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private static final Routine CALVES_AND_FEET = new Routine("Calves and feet", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20).withSide(Side.EACH).withCue("Ankle to knee"),
            Step.rest(5, "Fetch the cold ball"),
            Step.of(Tool.COLD_BALL, Area.FEET, 30)));

    private StoredRoutine saved(Routine routine) {
        long id = temp.storage().routines().add(routine);
        return new StoredRoutine(id, routine);
    }

    private PlayerViewModel player(StoredRoutine routine, PlayerSettings settings) {
        return new PlayerViewModel(routine, temp.storage().sessions(), temp.storage().pain(), runner,
                cues, settings, clock, TempStorage.CLOCK, dialogs, closed::incrementAndGet);
    }

    private PlayerViewModel player(StoredRoutine routine) {
        return player(routine, PlayerSettings.DEFAULTS.withPrepSeconds(0));
    }

    private void play(PlayerViewModel player, double seconds) {
        for (double t = 0; t < seconds; t += 0.25) {
            clock.advanceSeconds(0.25);
            player.frame();
        }
    }

    /** A clock the test moves by hand, for the times the recorder writes. */
    private static final class HandClock extends Clock {

        private Instant now = TempStorage.NOW;

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Connection otherConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + temp.folder().resolve("unknot.db"));
    }

    /** One text value read from the data file through a connection of its own, as another program would see it. */
    private String fromFile(String sql) throws SQLException {
        try (Connection connection = otherConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "no row";
        }
    }

    /** Lets the background writes run, then reads the one session from the data file. */
    private SessionRecord onlySession() {
        runner.drain();
        List<SessionRecord> sessions = temp.storage().sessions().recent(10);
        assertEquals(1, sessions.size());
        return sessions.get(0);
    }

    @Test
    void theReadyScreenShowsTheFirstStepAndItsFullTime() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));

        assertEquals(PlayerViewModel.Phase.READY, player.phaseProperty().get());
        assertEquals("00:20", player.remainingProperty().get());
        assertEquals("Calves", player.areaProperty().get());
        assertEquals("Left side", player.sideProperty().get());
        assertTrue(player.canStart());
        assertEquals(0.7, cues.volume(), 1e-9, "the volume comes from the settings");
    }

    @Test
    void aRoutineWithASafetyErrorCannotStartAndSaysWhy() {
        Routine tooCold = new Routine("Too cold", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.FEET, 1300)));
        PlayerViewModel player = player(new StoredRoutine(99, tooCold));

        player.primary();

        assertFalse(player.canStart());
        assertEquals(PlayerViewModel.Phase.READY, player.phaseProperty().get());
        assertTrue(player.blockedReason().startsWith("This routine cannot start. Step 1: A cold-ball step can last"),
                player.blockedReason());
        assertEquals(0, runner.pending(), "nothing to record");
        assertEquals(0, temp.storage().sessions().count());
    }

    @Test
    void startingWritesTheSessionAtOnceWithThePainBefore() {
        StoredRoutine routine = saved(CALVES_AND_FEET);
        PlayerViewModel player = player(routine);
        player.typeDigit(6);

        player.primary();

        SessionRecord session = onlySession();
        assertEquals(SessionStatus.IN_PROGRESS, session.status());
        assertEquals(Optional.of(routine.id()), session.routineId());
        assertEquals(Optional.of(new PainScore(6)), session.painBefore());
        assertEquals(75, session.plannedSeconds(), "an each step counts twice");
        assertEquals(PlayerViewModel.Phase.RUNNING, player.phaseProperty().get());
    }

    @Test
    void aWholeSessionIsRecordedStepByStepAndRatedAfter() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.typeDigit(7);
        player.primary();

        play(player, 75);

        assertEquals(PlayerViewModel.Phase.FINISHED, player.phaseProperty().get());
        assertEquals("Routine complete", player.afterProperty().get().headlineProperty().get());
        assertEquals(SessionStatus.COMPLETED, onlySession().status());
        assertEquals(75, onlySession().doneSeconds());

        player.typeDigit(3);
        player.afterProperty().get().toggleArea(Area.CALVES);
        player.afterProperty().get().noteProperty().set("Calves much looser");
        player.confirm();

        SessionRecord session = onlySession();
        assertEquals(Optional.of(new PainScore(3)), session.painAfter());
        assertEquals("Calves much looser", session.notes());
        assertEquals(1, closed.get(), "back to the routines");
    }

    @Test
    void everyCueSoundsAndFlashesAndTheVoiceNamesEachSegment() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET), PlayerSettings.DEFAULTS.withPrepSeconds(0)
                .withVoice(true));
        player.primary();

        play(player, 75);

        assertEquals(CueKind.STEP_START, cues.played().get(0));
        assertTrue(cues.played().contains(CueKind.SWITCH_SIDES));
        assertEquals(CueKind.END, cues.played().get(cues.played().size() - 1));
        assertEquals(cues.played().size(), player.flashesProperty().get(), "a flash with every cue");
        assertEquals(List.of("Foam roller, calves, left side", "Foam roller, calves, right side",
                "Rest. Fetch the cold ball", "Cold ball, feet", "Routine complete"), cues.said());
    }

    @Test
    void withSoundOffTheCuesStillFlash() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET), PlayerSettings.DEFAULTS.withPrepSeconds(0)
                .withSound(false));
        player.primary();

        play(player, 10);

        assertEquals(List.of(), cues.played());
        assertTrue(player.flashesProperty().get() >= 1);
    }

    @Test
    void stoppingAsksWhyPausesAndRecordsTheReasonAndTheStepCutShort() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        play(player, 25);

        player.askStop();
        assertEquals(PlayerViewModel.Phase.STOP_ASKED, player.phaseProperty().get());
        String frozen = player.remainingProperty().get();
        play(player, 10);
        assertEquals(frozen, player.remainingProperty().get(), "the session waits while the user answers");

        player.typeDigit(1);

        assertEquals(PlayerViewModel.Phase.FINISHED, player.phaseProperty().get());
        assertEquals("Session stopped", player.afterProperty().get().headlineProperty().get());
        SessionRecord session = onlySession();
        assertEquals(SessionStatus.STOPPED, session.status());
        assertEquals(Optional.of(StopReason.PAIN_WORSE), session.stopReason());
        assertEquals(25, session.doneSeconds());
    }

    @Test
    void keepGoingResumesWhereTheSessionWas() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        play(player, 5);
        player.askStop();

        player.keepGoing();
        play(player, 5);

        assertEquals(PlayerViewModel.Phase.RUNNING, player.phaseProperty().get());
        assertEquals("00:10", player.remainingProperty().get());
        assertFalse(player.pausedProperty().get());
        assertEquals("Next: Foam roller  ·  Calves  ·  Right side  ·  20 s", player.nextProperty().get(),
                "the next step's time is a fact, in words; only the running timer is a clock");
    }

    @Test
    void aSessionAbandonedMidStepIsFoundInterruptedAtTheNextStartWithItsProgress() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.typeDigit(5);
        player.primary();
        play(player, 50);
        runner.drain();
        // The app dies here: no end is ever written. The next start finds the session.
        temp.storage().close();

        try (Storage next = Storage.open(new DataFolder(temp.folder()), TempStorage.CLOCK, List::of)) {
            assertEquals(1, next.sessions().markInterrupted());
            SessionRecord session = next.sessions().recent(1).get(0);
            assertEquals(SessionStatus.INTERRUPTED, session.status());
            assertEquals(45, session.doneSeconds(), "the two steps that ended are kept");
            assertEquals(Optional.of(new PainScore(5)), session.painBefore());
            assertEquals(0, next.sessions().markInterrupted(), "the user is told once");
        }
    }

    @Test
    void aFailedWriteIsReportedAndTheTimerGoesOn() {
        ManualRetryTimer retries = new ManualRetryTimer();
        PlayerViewModel player = new PlayerViewModel(saved(CALVES_AND_FEET), temp.storage().sessions(),
                temp.storage().pain(), runner, retries, cues, PlayerSettings.DEFAULTS.withPrepSeconds(0), clock,
                TempStorage.CLOCK, dialogs, closed::incrementAndGet);
        temp.storage().close();

        player.primary();
        play(player, 5);
        runner.drain();

        assertTrue(player.errorMessageProperty().get().startsWith("This session could not be saved"),
                player.errorMessageProperty().get());
        assertEquals(List.of(), retries.delays(), "only a busy file is waited for");
        assertEquals(PlayerViewModel.Phase.RUNNING, player.phaseProperty().get());
        assertEquals("00:15", player.remainingProperty().get());
    }

    @Test
    void keysInTheWrongStateDoNothingHarmful() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));

        player.next();
        player.previous();
        player.addTime();
        player.askStop();
        player.keepGoing();
        player.stop(StopReason.OTHER);
        player.frame();

        assertEquals(PlayerViewModel.Phase.READY, player.phaseProperty().get());
        assertEquals(0, runner.pending(), "nothing to write");
        assertEquals(0, temp.storage().sessions().count());
        assertEquals(0, closed.get());
    }

    @Test
    void partnerRoutinesAreMarkedForTheHelper() {
        Routine forPartner = new Routine("Back rub", "", PerformedBy.PARTNER,
                List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.UPPER_BACK, 60).withCue("Press the knot and hold")));

        assertTrue(player(saved(forPartner)).partner());
        assertFalse(player(saved(CALVES_AND_FEET)).partner());
    }

    @Test
    void stoppingInTheFrameTheRoutineEndsLeadsToTheRating() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        clock.advanceSeconds(80);

        player.askStop();

        assertEquals(PlayerViewModel.Phase.FINISHED, player.phaseProperty().get());
        assertEquals(SessionStatus.COMPLETED, onlySession().status());
    }

    @Test
    void aRatingIsNotClaimedSavedWhenTheSessionItselfCouldNotBeSaved() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        temp.storage().close();
        player.primary();
        player.stop(StopReason.OTHER);
        player.typeDigit(4);

        player.confirm();
        runner.drain();

        assertEquals(0, closed.get(), "the screen stays, with the reason");
        assertTrue(player.afterProperty().get().errorMessageProperty().get().startsWith("This session could not be "
                + "saved when it started"), player.afterProperty().get().errorMessageProperty().get());
    }

    @Test
    void areasNeedARatingAndUnsavedInputIsKnown() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        player.stop(StopReason.OUT_OF_TIME);
        AfterSessionViewModel after = player.afterProperty().get();
        assertFalse(player.ratingUnsaved(), "nothing entered yet");

        after.toggleArea(Area.CALVES);
        assertTrue(player.ratingUnsaved());
        assertFalse(after.canSaveProperty().get());
        assertTrue(after.problemProperty().get().startsWith("Choose how much it hurts"));

        player.typeDigit(2);
        assertTrue(after.canSaveProperty().get());
        player.confirm();
        assertTrue(player.ratingUnsaved(), "not saved until it is written");
        runner.drain();
        assertFalse(player.ratingUnsaved(), "saved");
    }

    private AfterSessionViewModel stoppedWithInput(PlayerViewModel player) {
        player.primary();
        play(player, 5);
        player.stop(StopReason.OUT_OF_TIME);
        player.typeDigit(4);
        player.afterProperty().get().noteProperty().set("Stiff today");
        return player.afterProperty().get();
    }

    @Test
    void theAreasOfTheRatingAfterAreStoredInTheDataFile() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        player.stop(StopReason.OTHER);
        player.typeDigit(5);
        player.afterProperty().get().toggleArea(Area.CALVES);
        player.afterProperty().get().toggleArea(Area.FEET);
        player.afterProperty().get().toggleArea(Area.NECK);
        player.afterProperty().get().toggleArea(Area.NECK);

        player.confirm();
        long id = onlySession().id();

        String areas = temp.storage().database().read(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT areas FROM pain_entry WHERE session_id = ? AND kind = 'after'")) {
                statement.setLong(1, id);
                try (var rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : "no rating after";
                }
            }
        });
        assertEquals("calves,feet", areas);
    }

    @Test
    void plusAddsThirtySecondsToTheStepAndTheyAreRecorded() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        play(player, 5);
        assertEquals("00:15", player.remainingProperty().get());

        player.addTime();

        assertEquals("00:45", player.remainingProperty().get());
        assertEquals("00:05 / 01:45", player.elapsedProperty().get(), "the routine grows by the same 30 s");
        play(player, 45);
        assertEquals("Right side", player.sideProperty().get(), "the left side ran 50 s in all");
        player.stop(StopReason.OUT_OF_TIME);
        runner.drain();
        var steps = temp.storage().sessions().steps(onlySession().id());
        assertEquals(30, steps.get(0).addedSeconds());
        assertEquals(50, steps.get(0).doneSeconds());
    }

    @Test
    void escapeOnTheRatingScreenWithUnsavedInputAsksAndCancelKeepsTheInput() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        AfterSessionViewModel after = stoppedWithInput(player);
        dialogs.answer(SaveChoice.CANCEL);

        player.escape();

        assertEquals(List.of("Save your rating before leaving?"), dialogs.asked());
        assertEquals(PlayerViewModel.Phase.FINISHED, player.phaseProperty().get());
        assertEquals(Optional.of(new PainScore(4)), after.rating().score());
        assertEquals("Stiff today", after.noteProperty().get());
        assertEquals(0, closed.get(), "still on the rating screen");
        assertEquals(Optional.of(new PainScore(4)), onlySession().painAfter(), "the score is saved when chosen");
        assertEquals("", onlySession().notes(), "the note is not saved until confirmed");
    }

    @Test
    void escapeOnTheRatingScreenSavesWhenTheUserSaysSave() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        stoppedWithInput(player);
        dialogs.answer(SaveChoice.SAVE);

        player.escape();

        assertEquals(Optional.of(new PainScore(4)), onlySession().painAfter());
        assertEquals("Stiff today", onlySession().notes());
        assertEquals(1, closed.get());
    }

    @Test
    void escapeOnTheRatingScreenLeavesWithoutSavingWhenTheUserSaysSo() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        stoppedWithInput(player);
        dialogs.answer(SaveChoice.DONT_SAVE);

        player.escape();

        assertEquals(1, closed.get());
        assertEquals(Optional.of(new PainScore(4)), onlySession().painAfter(), "the score was saved when chosen");
        assertEquals("", onlySession().notes());
    }

    @Test
    void escapeOnTheRatingScreenWithNothingEnteredLeavesWithoutAsking() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        player.stop(StopReason.OTHER);

        player.escape();

        assertEquals(List.of(), dialogs.asked());
        assertEquals(1, closed.get());
    }

    @Test
    void closingTheWindowMidSessionAsksAndAYesRecordsTheSessionAsStopped() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        play(player, 6);

        dialogs.answer(false);
        assertFalse(player.mayCloseWindow(() -> { }), "keeping on keeps the session going");
        assertEquals(PlayerViewModel.Phase.RUNNING, player.phaseProperty().get());
        dialogs.answer(true);
        assertTrue(player.mayCloseWindow(() -> { }));

        assertEquals(List.of("Stop this session and close Unknot?", "Stop this session and close Unknot?"),
                dialogs.asked());
        SessionRecord session = onlySession();
        assertEquals(SessionStatus.STOPPED, session.status());
        assertEquals(Optional.of(StopReason.OTHER), session.stopReason());
        assertEquals(6, session.doneSeconds());
    }

    @Test
    void closingTheWindowWithAnUnsavedRatingOffersToSaveIt() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        stoppedWithInput(player);

        dialogs.answer(SaveChoice.CANCEL);
        assertFalse(player.mayCloseWindow(() -> { }), "Cancel keeps the window open");
        dialogs.answer(SaveChoice.SAVE);
        assertTrue(player.mayCloseWindow(() -> { }));

        assertEquals(Optional.of(new PainScore(4)), onlySession().painAfter(), "the save is written before exit");
    }

    @Test
    void theAppsExitWritesTheStepUnderWayAndMarksTheSessionInterrupted() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        play(player, 27);
        runner.drain();

        player.unfinished().recordInterrupted();

        SessionRecord session = onlySession();
        assertEquals(SessionStatus.INTERRUPTED, session.status());
        assertEquals(27, session.doneSeconds(), "20 s of the left side and 7 s of the right");
        assertEquals(Optional.of(TempStorage.NOW.plusSeconds(27)), session.endedAt());
    }

    @Test
    void theAppsExitLeavesASessionThatEndedAsItWas() {
        PlayerViewModel player = player(saved(CALVES_AND_FEET));
        player.primary();
        play(player, 10);
        player.stop(StopReason.EQUIPMENT);
        runner.drain();

        player.unfinished().recordInterrupted();

        assertEquals(SessionStatus.STOPPED, onlySession().status());
        assertEquals(10, onlySession().doneSeconds());
    }

    @Test
    void thePainAfterIsInTheFileAsSoonAsItIsChosenAndConfirmingAddsTheNoteAndAreasKeepingItsTime()
            throws SQLException {
        HandClock wall = new HandClock();
        PlayerViewModel player = new PlayerViewModel(saved(CALVES_AND_FEET), temp.storage().sessions(),
                temp.storage().pain(), runner, new ManualRetryTimer(), cues, PlayerSettings.DEFAULTS.withPrepSeconds(0),
                clock, wall, dialogs, closed::incrementAndGet);
        player.primary();
        player.stop(StopReason.OUT_OF_TIME);
        wall.advanceSeconds(5);

        player.typeDigit(4);
        runner.drain();

        assertEquals("4", fromFile("SELECT score FROM pain_entry WHERE kind = 'after'"), "saved before any confirm");
        wall.advanceSeconds(5);
        player.typeDigit(3);
        runner.drain();
        assertEquals("1|3", fromFile("SELECT count(*) || '|' || max(score) FROM pain_entry WHERE kind = 'after'"),
                "changed in place, not added");
        String chosenAt = fromFile("SELECT recorded_at FROM pain_entry WHERE kind = 'after'");
        assertEquals(TempStorage.NOW.plusSeconds(10).toString().replace("Z", ".000Z"), chosenAt);

        wall.advanceSeconds(60);
        player.afterProperty().get().toggleArea(Area.CALVES);
        player.afterProperty().get().noteProperty().set("Calves looser");
        player.confirm();
        runner.drain();

        assertEquals("calves", fromFile("SELECT areas FROM pain_entry WHERE kind = 'after'"));
        assertEquals("Calves looser", fromFile("SELECT notes FROM session"));
        assertEquals(chosenAt, fromFile("SELECT recorded_at FROM pain_entry WHERE kind = 'after'"),
                "the time of the rating is when it was chosen");
        assertEquals(1, closed.get());
    }

    @Test
    void aBusyDataFileDelaysTheSessionButLosesNothingAndEverythingIsWrittenInOrderOnce() throws SQLException {
        ManualRetryTimer retries = new ManualRetryTimer();
        PlayerViewModel player = new PlayerViewModel(saved(CALVES_AND_FEET), temp.storage().sessions(),
                temp.storage().pain(), runner, retries, cues, PlayerSettings.DEFAULTS.withPrepSeconds(0), clock,
                TempStorage.CLOCK, dialogs, closed::incrementAndGet);
        try (Connection other = otherConnection(); Statement writer = other.createStatement()) {
            // another Unknot (a command writing sample data) holds the write lock all through the session
            writer.execute("BEGIN IMMEDIATE");
            player.typeDigit(6);
            player.primary();
            runner.drain();

            assertEquals(WriteQueue.WAITING, player.errorMessageProperty().get());
            assertEquals(List.of(Duration.ofSeconds(1)), retries.delays());
            play(player, 75);
            player.typeDigit(3);
            player.afterProperty().get().toggleArea(Area.FEET);
            player.afterProperty().get().noteProperty().set("Feet warm");
            player.confirm();
            assertEquals(0, runner.drain(), "the later writes wait behind the first, not knocking on the file");
            assertEquals(WriteQueue.WAITING, player.afterProperty().get().errorMessageProperty().get(),
                    "the rating screen says it waits, not that the disk is full");

            retries.fire();
            runner.drain();
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), retries.delays(), "backing off");
            assertEquals(0, closed.get(), "the rating is not claimed saved yet");
            writer.execute("ROLLBACK");
        }

        retries.fire();
        runner.drain();

        SessionRecord session = onlySession();
        assertEquals(SessionStatus.COMPLETED, session.status());
        assertEquals(75, session.doneSeconds(), "every step, as it ended");
        assertEquals(Optional.of(new PainScore(6)), session.painBefore());
        assertEquals(Optional.of(new PainScore(3)), session.painAfter());
        assertEquals("Feet warm", session.notes());
        assertEquals("2", fromFile("SELECT count(*) FROM pain_entry"), "each rating once");
        assertEquals("feet", fromFile("SELECT areas FROM pain_entry WHERE kind = 'after'"));
        assertEquals(1, closed.get(), "back to the routines once saved");
        assertEquals(2, retries.delays().size(), "no retry once all is written");
    }

    @Test
    void theAppsExitWritesWhatABusyFileHeldBackAndKeepsTheSessionInterrupted() throws SQLException {
        ManualRetryTimer retries = new ManualRetryTimer();
        PlayerViewModel player = new PlayerViewModel(saved(CALVES_AND_FEET), temp.storage().sessions(),
                temp.storage().pain(), runner, retries, cues, PlayerSettings.DEFAULTS.withPrepSeconds(0), clock,
                TempStorage.CLOCK, dialogs, closed::incrementAndGet);
        try (Connection other = otherConnection(); Statement writer = other.createStatement()) {
            writer.execute("BEGIN IMMEDIATE");
            player.primary();
            runner.drain();
            play(player, 27);
            runner.drain();
            writer.execute("ROLLBACK");
        }

        // the app ends before the retry is due
        player.unfinished().recordInterrupted();

        SessionRecord session = onlySession();
        assertEquals(SessionStatus.INTERRUPTED, session.status());
        assertEquals(27, session.doneSeconds(), "the left side that ended and 7 s of the right");
    }
}
