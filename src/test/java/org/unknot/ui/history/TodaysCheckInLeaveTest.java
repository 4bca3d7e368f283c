package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** Leaving History with today's check-in entered but not saved asks first; nothing entered is lost without a "no". */
class TodaysCheckInLeaveTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private CheckInViewModel card() {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                TempStorage.CLOCK, dialogs);
        CheckInViewModel checkIn = history.checkIn();
        checkIn.load();
        runner.drain();
        return checkIn;
    }

    private Optional<PainEntry> stored() {
        return temp.storage().pain().checkInOn(LocalDate.now(TempStorage.CLOCK));
    }

    @Test
    void anUntouchedCardAndASavedOneAreLeftWithoutAsking() {
        CheckInViewModel card = card();
        assertTrue(card.mayLeave(() -> { }));

        card.scoreProperty().set(5);
        card.save();
        runner.drain();
        card.noteProperty().set("   ");

        assertTrue(card.mayLeave(() -> { }), "only blanks added to a saved note change nothing");
        assertEquals(List.of(), dialogs.asked());
    }

    @Test
    void cancelStaysWithWhatWasEntered() {
        CheckInViewModel card = card();
        card.scoreProperty().set(7);
        dialogs.answer(SaveChoice.CANCEL);

        assertFalse(card.mayLeave(() -> { }));

        assertEquals(List.of("Save today's check-in?"), dialogs.asked());
        assertEquals(7, card.scoreProperty().get());
        assertEquals(Optional.empty(), stored());
    }

    @Test
    void dontSavePutsTheCardBackToTheSavedCheckIn() {
        CheckInViewModel card = card();
        card.scoreProperty().set(4);
        card.save();
        runner.drain();
        card.scoreProperty().set(8);
        card.toggleArea(Area.NECK);
        dialogs.answer(SaveChoice.DONT_SAVE);

        assertTrue(card.mayLeave(() -> { }));

        assertEquals(4, card.scoreProperty().get());
        assertEquals(Set.of(), card.areas());
        assertEquals(new PainScore(4), stored().orElseThrow().score());
    }

    @Test
    void saveStoresTheCheckInThenLeaves() {
        CheckInViewModel card = card();
        card.scoreProperty().set(6);
        card.toggleArea(Area.LOWER_BACK);
        card.noteProperty().set("Stiff");
        dialogs.answer(SaveChoice.SAVE);
        AtomicInteger left = new AtomicInteger();

        assertFalse(card.mayLeave(left::incrementAndGet), "leaving waits for the save");
        assertEquals(0, left.get());
        runner.drain();

        assertEquals(1, left.get());
        PainEntry saved = stored().orElseThrow();
        assertEquals(new PainScore(6), saved.score());
        assertEquals(Set.of(Area.LOWER_BACK), saved.areas());
        assertTrue(card.mayLeave(() -> { }), "once saved, nothing is left to ask about");
    }

    @Test
    void saveThatIsRefusedStaysOnThePage() {
        CheckInViewModel card = card();
        card.toggleArea(Area.NECK);
        dialogs.answer(SaveChoice.SAVE);
        AtomicInteger left = new AtomicInteger();

        assertFalse(card.mayLeave(left::incrementAndGet));
        runner.drain();

        assertEquals(0, left.get());
        assertEquals("Choose how much it hurts today, from 0 to 10.", card.errorMessageProperty().get());
        assertEquals(Optional.empty(), stored());
    }
}
