package org.unknot.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.history.PegViewModel;

/**
 * The page after the week's first session, with this week's PEG asked on it: every way out (Esc, Skip, the rating's
 * Save, the window's close button) asks before chosen PEG answers are lost, over a real data file.
 */
class AfterSessionPegLeaveTest {

    private static final String PEG_QUESTION = "Save this week's PEG?";
    /** TempStorage's Sunday 22 November 2026 is in the week of Monday 16 November. */
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger left = new AtomicInteger();
    private final AtomicInteger windowClosed = new AtomicInteger();
    private PlayerViewModel player;

    /** The week's first session stopped; the page shows, and with it this week's PEG questions, unanswered. */
    private PegViewModel finished() {
        Routine routine = new Routine("Back", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60)));
        StoredRoutine stored = new StoredRoutine(temp.storage().routines().add(routine), routine);
        player = new PlayerViewModel(stored, temp.storage().sessions(), temp.storage().pain(), runner,
                new RecordingCues(), PlayerSettings.DEFAULTS.withPrepSeconds(0), new FakeClock(), TempStorage.CLOCK,
                dialogs, left::incrementAndGet);
        player.primary();
        player.stop(StopReason.OTHER);
        runner.drain();
        PegViewModel peg = player.weekly();
        peg.askAfterSession();
        runner.drain();
        assertEquals(PegViewModel.Mode.ASKING, peg.modeProperty().get());
        return peg;
    }

    private PegViewModel answeredNotSaved() {
        PegViewModel peg = finished();
        peg.painProperty().set(6);
        peg.enjoymentProperty().set(5);
        peg.activityProperty().set(4);
        return peg;
    }

    private Optional<PegAnswer> pegInFile() {
        runner.drain();
        return temp.storage().peg().week(WEEK);
    }

    private void assertKept(PegViewModel peg) {
        assertEquals(Optional.empty(), pegInFile());
        assertEquals(0, left.get(), "still on the page");
        assertEquals(PegViewModel.Mode.ASKING, peg.modeProperty().get());
        assertEquals(List.of(6, 5, 4), List.of(peg.painProperty().get(), peg.enjoymentProperty().get(),
                peg.activityProperty().get()), "the answers stay as chosen");
    }

    @Test
    void escapeWithUnsavedPegAnswersAsksAndSaveWritesThemThenLeaves() {
        answeredNotSaved();
        dialogs.answer(SaveChoice.SAVE);

        player.escape();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertEquals(0, left.get(), "the page waits for the write");
        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 4)), pegInFile());
        assertEquals(1, left.get());
    }

    @Test
    void escapeWithUnsavedPegAnswersAndDontSaveLeavesWithoutThem() {
        answeredNotSaved();
        dialogs.answer(SaveChoice.DONT_SAVE);

        player.escape();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertEquals(1, left.get());
        assertEquals(Optional.empty(), pegInFile());
    }

    @Test
    void escapeWithUnsavedPegAnswersAndCancelStaysWithTheAnswersKept() {
        PegViewModel peg = answeredNotSaved();
        dialogs.answer(SaveChoice.CANCEL);

        player.escape();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertKept(peg);
    }

    @Test
    void skipAsksAboutUnsavedPegAnswersAndSaveWritesThemThenLeaves() {
        answeredNotSaved();
        dialogs.answer(SaveChoice.SAVE);

        player.afterProperty().get().skip();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 4)), pegInFile());
        assertEquals(1, left.get());
    }

    @Test
    void skipWithDontSaveLeavesWithoutThePegAnswers() {
        answeredNotSaved();
        dialogs.answer(SaveChoice.DONT_SAVE);

        player.afterProperty().get().skip();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertEquals(1, left.get());
        assertEquals(Optional.empty(), pegInFile());
    }

    @Test
    void skipWithCancelStaysWithThePegAnswersKept() {
        PegViewModel peg = answeredNotSaved();
        dialogs.answer(SaveChoice.CANCEL);

        player.afterProperty().get().skip();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertKept(peg);
    }

    @Test
    void savingTheRatingThenAsksAboutThePegBeforeLeaving() {
        PegViewModel peg = answeredNotSaved();
        player.typeDigit(3);
        player.afterProperty().get().noteProperty().set("Easier");
        dialogs.answer(SaveChoice.CANCEL);

        player.confirm();
        runner.drain();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked(), "asked once the rating is written");
        assertFalse(player.ratingUnsaved(), "the rating is saved");
        assertKept(peg);
    }

    @Test
    void withBothUnsavedEscapeAsksAboutTheRatingThenThePegAndSavesEach() {
        answeredNotSaved();
        player.typeDigit(3);
        player.afterProperty().get().noteProperty().set("Easier");
        dialogs.answer(SaveChoice.SAVE).answer(SaveChoice.SAVE);

        player.escape();
        Optional<PegAnswer> peg = pegInFile();

        assertEquals(List.of("Save your rating before leaving?", PEG_QUESTION), dialogs.asked());
        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 4)), peg);
        assertEquals("Easier", temp.storage().sessions().recent(1).get(0).notes());
        assertEquals(1, left.get());
    }

    @Test
    void closingTheWindowWithUnsavedPegAnswersAndSaveWritesThemBeforeTheWindowCloses() {
        answeredNotSaved();
        dialogs.answer(SaveChoice.SAVE);

        assertFalse(player.mayCloseWindow(windowClosed::incrementAndGet), "the window waits for the write");
        assertEquals(0, windowClosed.get());

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 4)), pegInFile());
        assertEquals(1, windowClosed.get(), "then it closes");
    }

    @Test
    void closingTheWindowWithUnsavedPegAnswersAndDontSaveClosesWithoutThem() {
        answeredNotSaved();
        dialogs.answer(SaveChoice.DONT_SAVE);

        assertTrue(player.mayCloseWindow(windowClosed::incrementAndGet));

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertEquals(Optional.empty(), pegInFile());
    }

    @Test
    void closingTheWindowWithUnsavedPegAnswersAndCancelKeepsTheWindowAndTheAnswers() {
        PegViewModel peg = answeredNotSaved();
        dialogs.answer(SaveChoice.CANCEL);

        assertFalse(player.mayCloseWindow(windowClosed::incrementAndGet));

        assertEquals(List.of(PEG_QUESTION), dialogs.asked());
        assertKept(peg);
        assertEquals(0, windowClosed.get());
    }

    @Test
    void closingTheWindowWithBothUnsavedAsksEachInTurnAndCancelOnThePegKeepsTheWindow() {
        PegViewModel peg = answeredNotSaved();
        player.typeDigit(3);
        player.afterProperty().get().noteProperty().set("Easier");
        dialogs.answer(SaveChoice.SAVE).answer(SaveChoice.CANCEL);

        assertFalse(player.mayCloseWindow(windowClosed::incrementAndGet));

        assertEquals(List.of("Save your rating before closing Unknot?", PEG_QUESTION), dialogs.asked());
        assertKept(peg);
        assertEquals("Easier", temp.storage().sessions().recent(1).get(0).notes(), "the rating was saved as asked");
        assertEquals(0, windowClosed.get());
    }

    @Test
    void nothingIsAskedWhileNoAnswerIsChosenNorOnceTheyAreSaved() {
        PegViewModel peg = finished();
        assertTrue(player.mayCloseWindow(windowClosed::incrementAndGet), "questions shown but untouched");
        assertEquals(List.of(), dialogs.asked());

        peg.painProperty().set(6);
        peg.enjoymentProperty().set(5);
        peg.activityProperty().set(4);
        dialogs.answer(SaveChoice.CANCEL);
        player.escape();
        assertEquals(List.of(PEG_QUESTION), dialogs.asked(), "asked while chosen and not saved");

        peg.save();
        runner.drain();
        assertTrue(player.mayCloseWindow(windowClosed::incrementAndGet));
        player.escape();

        assertEquals(List.of(PEG_QUESTION), dialogs.asked(), "nothing more once saved");
        assertEquals(1, left.get());
        assertEquals(0, windowClosed.get(), "closing at once is the window's own doing");
    }
}
