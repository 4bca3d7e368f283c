package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** History's list of past check-ins: newest first, corrected, deleted and undone, asking before edits are lost. */
class CheckInsViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private void checkIn(int daysAgo, int score, Set<Area> areas, String note) {
        temp.storage().pain().checkIn(TODAY.minusDays(daysAgo), new PainEntry(PainKind.CHECK_IN,
                TempStorage.NOW.minus(Duration.ofDays(daysAgo)), new PainScore(score), areas, note));
    }

    private HistoryViewModel history() {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                TempStorage.CLOCK, dialogs);
        history.activate();
        runner.drain();
        return history;
    }

    private static List<LocalDate> days(CheckInsViewModel checkIns) {
        return checkIns.checkIns().stream().map(CheckInRecord::day).toList();
    }

    private PainEntry stored(int daysAgo) {
        return temp.storage().pain().checkInOn(TODAY.minusDays(daysAgo)).orElseThrow();
    }

    @Test
    void listsTheCheckInsOfTheRangeNewestFirst() {
        checkIn(3, 5, Set.of(), "");
        checkIn(1, 4, Set.of(), "");
        checkIn(200, 8, Set.of(), "long ago");
        HistoryViewModel history = history();

        assertEquals(List.of(TODAY.minusDays(1), TODAY.minusDays(3)), days(history.checkIns()));

        history.setRange(TODAY.minusDays(365), TODAY);
        runner.drain();
        assertEquals(List.of(TODAY.minusDays(1), TODAY.minusDays(3), TODAY.minusDays(200)),
                days(history.checkIns()));
    }

    @Test
    void aCorrectionSavesPainAreasAndNoteAndKeepsWhenItWasMade() {
        checkIn(2, 6, Set.of(Area.NECK), "Stiff");
        CheckInsViewModel checkIns = history().checkIns();
        var made = stored(2).recordedAt();

        checkIns.select(checkIns.checkIns().get(0));
        checkIns.form().scoreProperty().set(3);
        checkIns.form().toggleArea(Area.NECK);
        checkIns.form().toggleArea(Area.FEET);
        checkIns.form().noteProperty().set("Better after the walk");
        assertTrue(checkIns.form().unsaved());
        checkIns.save();
        runner.drain();

        PainEntry now = stored(2);
        assertEquals(new PainScore(3), now.score());
        assertEquals(Set.of(Area.FEET), now.areas());
        assertEquals("Better after the walk", now.note());
        assertEquals(made, now.recordedAt());
        assertFalse(checkIns.form().unsaved());
        assertEquals(new CheckInRecord(TODAY.minusDays(2), new PainScore(3), Set.of(Area.FEET),
                "Better after the walk"), checkIns.checkIns().get(0));
        assertEquals("Saved the check-in of " + Formats.day(LocalDate.of(2026, 11, 20)) + ".", checkIns.messageProperty().get());
    }

    @Test
    void aCheckInWithoutAPainScoreIsNotSaved() {
        checkIn(2, 6, Set.of(), "");
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));

        checkIns.form().scoreProperty().set(null);
        checkIns.save();

        assertEquals(0, runner.pending());
        assertEquals("Choose how much it hurt that day, from 0 to 10.", checkIns.errorMessageProperty().get());
        assertEquals(new PainScore(6), stored(2).score());
    }

    @Test
    void deletingAsksFirstAndKeepingChangesNothing() {
        checkIn(2, 6, Set.of(), "");
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));

        dialogs.answer(false);
        checkIns.delete();
        runner.drain();

        assertEquals(List.of("Delete the check-in of " + Formats.day(LocalDate.of(2026, 11, 20)) + "?"), dialogs.asked());
        assertEquals(1, temp.storage().pain().checkInCount());
    }

    @Test
    void aDeletedCheckInComesBackWithUndoWhileThePageIsOpen() {
        checkIn(2, 6, Set.of(Area.NECK), "Stiff");
        PainEntry before = stored(2);
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));

        dialogs.answer(true);
        checkIns.delete();
        runner.drain();
        assertEquals(0, temp.storage().pain().checkInCount());
        assertTrue(checkIns.checkIns().isEmpty());
        assertNull(checkIns.form().shownProperty().get());

        checkIns.undoDelete();
        runner.drain();
        assertEquals(before, stored(2));
        assertEquals(1, checkIns.checkIns().size());
        assertNull(checkIns.deletedProperty().get());
        assertEquals("The check-in of " + Formats.day(LocalDate.of(2026, 11, 20)) + " is back.", checkIns.messageProperty().get());
    }

    @Test
    void leavingThePageEndsTheUndo() {
        checkIn(2, 6, Set.of(), "");
        HistoryViewModel history = history();
        CheckInsViewModel checkIns = history.checkIns();
        checkIns.select(checkIns.checkIns().get(0));
        dialogs.answer(true);
        checkIns.delete();
        runner.drain();

        history.deactivate();

        assertNull(checkIns.deletedProperty().get());
        assertEquals(0, temp.storage().pain().checkInCount());
    }

    @Test
    void choosingAnotherCheckInWithUnsavedChangesAsksAndCancelStays() {
        checkIn(1, 4, Set.of(), "");
        checkIn(2, 6, Set.of(), "");
        CheckInsViewModel checkIns = history().checkIns();
        CheckInRecord newest = checkIns.checkIns().get(0);
        checkIns.select(newest);
        checkIns.form().scoreProperty().set(2);

        dialogs.answer(SaveChoice.CANCEL);
        checkIns.select(checkIns.checkIns().get(1));

        assertEquals(List.of("Save the changes to this check-in?"), dialogs.asked());
        assertEquals(newest, checkIns.form().shownProperty().get());
        assertEquals(2, checkIns.form().scoreProperty().get());
    }

    @Test
    void dontSaveDropsTheChangesAndSaveWritesThemBeforeMovingOn() {
        checkIn(1, 4, Set.of(), "");
        checkIn(2, 6, Set.of(), "");
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));
        checkIns.form().scoreProperty().set(2);

        dialogs.answer(SaveChoice.DONT_SAVE);
        checkIns.select(checkIns.checkIns().get(1));
        runner.drain();
        assertEquals(TODAY.minusDays(2), checkIns.form().shownProperty().get().day());
        assertEquals(new PainScore(4), stored(1).score());

        checkIns.form().scoreProperty().set(9);
        dialogs.answer(SaveChoice.SAVE);
        checkIns.select(checkIns.checkIns().get(0));
        assertEquals(TODAY.minusDays(2), checkIns.form().shownProperty().get().day(), "moves on once saved");
        runner.drain();
        assertEquals(new PainScore(9), stored(2).score());
        assertEquals(TODAY.minusDays(1), checkIns.form().shownProperty().get().day());
        assertEquals(4, checkIns.form().scoreProperty().get());
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksAndSaveClosesOnceSaved() {
        checkIn(2, 6, Set.of(), "");
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));
        AtomicInteger closed = new AtomicInteger();
        assertTrue(checkIns.mayLeave(closed::incrementAndGet), "nothing to lose yet");

        checkIns.form().noteProperty().set("Worse");
        dialogs.answer(SaveChoice.SAVE);
        assertFalse(checkIns.mayLeave(closed::incrementAndGet));
        assertEquals(0, closed.get());
        runner.drain();

        assertEquals(1, closed.get());
        assertEquals("Worse", stored(2).note());
    }

    @Test
    void todaysCheckInJoinsTheListWhenSaved() {
        HistoryViewModel history = history();
        CheckInViewModel today = history.checkIn();
        today.scoreProperty().set(5);
        today.save();
        runner.drain();

        assertEquals(List.of(TODAY), days(history.checkIns()));
        assertEquals(Optional.of(new PainScore(5)), history.checkIns().checkIns().stream().findFirst()
                .map(CheckInRecord::pain));
    }
}
