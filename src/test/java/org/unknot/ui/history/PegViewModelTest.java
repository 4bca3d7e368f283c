package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.PegAnswer;
import org.unknot.store.PegStore;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

/** This week's PEG on the check-in card, over a real data file, the background work drained step by step. */
class PegViewModelTest {

    /** Sunday 22 November 2026, 10:00 UTC, in Berlin: the week of Monday 16 November. */
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MovableClock clock = new MovableClock(TempStorage.NOW, ZoneId.of("Europe/Berlin"));
    private final AtomicInteger saves = new AtomicInteger();

    private PegStore store() {
        return temp.storage().peg();
    }

    private PegViewModel loaded(WriteAccess access) {
        PegViewModel peg = new PegViewModel(store(), runner, clock, dialogs, saves::incrementAndGet, access);
        peg.load();
        runner.drain();
        return peg;
    }

    private PegViewModel loaded() {
        return loaded(WriteAccess.WRITABLE);
    }

    private static void choose(PegViewModel peg, Integer pain, Integer enjoyment, Integer activity) {
        peg.painProperty().set(pain);
        peg.enjoymentProperty().set(enjoyment);
        peg.activityProperty().set(activity);
    }

    @Test
    void anUnansweredWeekIsAskedAndSavingAnswersItForTheWeekOfItsMonday() {
        PegViewModel peg = loaded();
        assertEquals(PegViewModel.Mode.ASKING, peg.modeProperty().get());

        choose(peg, 6, 5, 5);
        peg.save();
        assertEquals(Optional.empty(), store().week(WEEK), "nothing is written before the background runs");
        runner.drain();

        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 5)), store().week(WEEK));
        assertEquals(PegViewModel.Mode.ANSWERED, peg.modeProperty().get());
        assertEquals("This week's PEG: 5.3/10 (average pain 6, enjoyment of life 5, general activity 5).",
                peg.summaryProperty().get());
        assertEquals(1, saves.get(), "History reads its charts again");
    }

    @Test
    void aMissingItemIsRefusedWithItsSentenceMarkedAtThatQuestionAndNothingIsSaved() {
        PegViewModel peg = loaded();
        choose(peg, 6, null, 5);
        var enjoymentMark = peg.enjoymentProblem();
        var painMark = peg.painProblem();
        assertEquals("", enjoymentMark.get(), "nothing is marked before a save is tried");

        peg.save();
        runner.drain();

        assertEquals("Choose a number from 0 to 10 for enjoyment of life; each of the three questions needs one.",
                peg.errorMessageProperty().get());
        assertEquals("Choose a number from 0 to 10 for enjoyment of life.", enjoymentMark.get());
        assertEquals("", painMark.get());
        assertEquals(Optional.empty(), store().week(WEEK));
        peg.enjoymentProperty().set(0);
        assertEquals("", enjoymentMark.get(), "choosing clears the mark");
    }

    @Test
    void notNowHidesItForTheRestOfTheDayAndItComesBackAnotherDayOfTheWeekWhileUnanswered() {
        PegViewModel peg = loaded();
        // Saturday 21 November, so that the next day is still the same week
        clock.advance(Duration.ofDays(-1));
        peg.load();
        runner.drain();
        choose(peg, 3, null, null);
        peg.notNow();
        assertEquals(PegViewModel.Mode.HIDDEN, peg.modeProperty().get());
        assertNull(peg.painProperty().get(), "what was chosen is dropped");

        clock.advance(Duration.ofHours(2));
        peg.load();
        runner.drain();
        assertEquals(PegViewModel.Mode.HIDDEN, peg.modeProperty().get(), "a later visit the same day");

        clock.advance(Duration.ofDays(1));
        peg.load();
        runner.drain();
        assertEquals(PegViewModel.Mode.ASKING, peg.modeProperty().get(), "the next day of the same week");
    }

    @Test
    void anAnsweredWeekIsShownWithChangeAndAChangeReplacesItKeepingOneAnswer() {
        store().save(new PegAnswer(WEEK, 7, 7, 7), TempStorage.NOW.minus(Duration.ofDays(2)));
        PegViewModel peg = loaded();
        assertEquals(PegViewModel.Mode.ANSWERED, peg.modeProperty().get());

        peg.change();
        assertEquals(PegViewModel.Mode.CHANGING, peg.modeProperty().get());
        assertEquals(7, peg.painProperty().get(), "the questions show the saved answer");
        peg.activityProperty().set(4);
        peg.save();
        runner.drain();

        assertEquals(Optional.of(new PegAnswer(WEEK, 7, 7, 4)), store().week(WEEK));
        assertEquals(List.of(new PegAnswer(WEEK, 7, 7, 4)), store().period(WEEK, WEEK.plusDays(6)));
        assertEquals(PegViewModel.Mode.ANSWERED, peg.modeProperty().get());
    }

    @Test
    void cancellingAChangePutsTheSavedAnswerBack() {
        store().save(new PegAnswer(WEEK, 7, 6, 5), TempStorage.NOW);
        PegViewModel peg = loaded();
        peg.change();
        peg.painProperty().set(1);

        peg.cancelChange();

        assertEquals(PegViewModel.Mode.ANSWERED, peg.modeProperty().get());
        assertEquals(7, peg.painProperty().get());
        assertFalse(peg.unsaved());
    }

    @Test
    void aNewWeekStartsUnansweredAgain() {
        store().save(new PegAnswer(WEEK, 7, 6, 5), TempStorage.NOW);
        PegViewModel peg = loaded();

        clock.advance(Duration.ofDays(1));
        peg.load();
        runner.drain();

        assertEquals(PegViewModel.Mode.ASKING, peg.modeProperty().get());
        assertEquals(LocalDate.of(2026, 11, 23), peg.week());
    }

    @Test
    void leavingWithChosenAnswersAsksAndSaveSavesThemBeforeGoingOn() {
        PegViewModel peg = loaded();
        assertTrue(peg.mayLeave(() -> { }), "nothing chosen: no question");
        choose(peg, 2, 2, 2);
        dialogs.answer(SaveChoice.SAVE);
        AtomicInteger wentOn = new AtomicInteger();

        assertFalse(peg.mayLeave(wentOn::incrementAndGet));
        runner.drain();

        assertEquals(List.of("Save this week's PEG?"), dialogs.asked());
        assertEquals(Optional.of(new PegAnswer(WEEK, 2, 2, 2)), store().week(WEEK));
        assertEquals(1, wentOn.get());
    }

    @Test
    void dontSaveDropsTheChosenAnswersAndCancelKeepsThem() {
        PegViewModel peg = loaded();
        choose(peg, 2, null, null);
        dialogs.answer(SaveChoice.CANCEL);
        assertFalse(peg.mayLeave(() -> { }));
        assertEquals(2, peg.painProperty().get());

        dialogs.answer(SaveChoice.DONT_SAVE);
        assertTrue(peg.mayLeave(() -> { }));
        assertNull(peg.painProperty().get());
        assertEquals(Optional.empty(), store().week(WEEK));
    }

    @Test
    void aReadOnlyFileNeitherAsksNorSaves() {
        WriteAccess readOnly = WriteAccess.of(Optional.of("Another Unknot has this data folder open."));
        PegViewModel peg = loaded(readOnly);
        assertEquals(PegViewModel.Mode.HIDDEN, peg.modeProperty().get());
        choose(peg, 1, 1, 1);
        peg.save();
        runner.drain();
        assertEquals(Optional.empty(), store().week(WEEK));
    }

    private void sessionOn(java.time.Instant start) {
        temp.storage().sessions().start(Optional.empty(), new org.unknot.domain.Routine("Back", "",
                org.unknot.domain.PerformedBy.SELF, List.of(org.unknot.domain.Step.of(org.unknot.domain.Tool.FOAM_ROLLER,
                org.unknot.domain.Area.UPPER_BACK, 60))), start);
    }

    @Test
    void afterTheWeeksFirstSessionItIsAskedAndAfterALaterOneOrOnceAnsweredItIsNot() {
        sessionOn(TempStorage.NOW.minusSeconds(600));
        PegViewModel first = new PegViewModel(store(), runner, clock, dialogs, () -> { }, WriteAccess.WRITABLE);
        first.askAfterSession();
        assertEquals(PegViewModel.Mode.HIDDEN, first.modeProperty().get(), "nothing before the data file is read");
        runner.drain();
        assertEquals(PegViewModel.Mode.ASKING, first.modeProperty().get());

        // a session earlier in the week (Monday 16 November, 08:00 in Berlin) makes this one the second
        sessionOn(java.time.Instant.parse("2026-11-16T07:00:00Z"));
        PegViewModel second = new PegViewModel(store(), runner, clock, dialogs, () -> { }, WriteAccess.WRITABLE);
        second.askAfterSession();
        runner.drain();
        assertEquals(PegViewModel.Mode.HIDDEN, second.modeProperty().get());

        // the next week's first session asks, until the week is answered
        clock.advance(Duration.ofDays(1));
        sessionOn(clock.instant());
        PegViewModel nextWeek = new PegViewModel(store(), runner, clock, dialogs, () -> { }, WriteAccess.WRITABLE);
        nextWeek.askAfterSession();
        runner.drain();
        assertEquals(PegViewModel.Mode.ASKING, nextWeek.modeProperty().get());
        choose(nextWeek, 4, 4, 4);
        nextWeek.save();
        runner.drain();
        PegViewModel answered = new PegViewModel(store(), runner, clock, dialogs, () -> { }, WriteAccess.WRITABLE);
        answered.askAfterSession();
        runner.drain();
        assertEquals(PegViewModel.Mode.HIDDEN, answered.modeProperty().get());
    }
}
