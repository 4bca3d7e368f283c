package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** The flare mark on today's check-in and on the correction of a past one, saved with the rest in one go. */
class FlareCheckInTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final LocalDate TODAY = LocalDate.now(TempStorage.CLOCK);

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private HistoryViewModel history() {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                TempStorage.CLOCK, dialogs);
        history.activate();
        runner.drain();
        return history;
    }

    private CheckInViewModel card() {
        CheckInViewModel card = history().checkIn();
        card.load();
        runner.drain();
        return card;
    }

    private PainEntry stored(LocalDate day) {
        return temp.storage().pain().checkInOn(day).orElseThrow();
    }

    @Test
    void todaysCheckInSavesTheFlareWithThePain() {
        CheckInViewModel card = card();
        card.scoreProperty().set(8);
        card.flareProperty().set(true);
        assertTrue(card.unsaved(), "a flare switched on is input to keep");

        card.save();
        runner.drain();

        assertTrue(stored(TODAY).flare());
        assertEquals(new PainScore(8), stored(TODAY).score());
        assertFalse(card.unsaved());
    }

    @Test
    void todaysSavedFlareIsShownWhenTheCardOpensAgain() {
        temp.storage().pain().checkIn(TODAY, new PainEntry(PainKind.CHECK_IN, TempStorage.NOW, new PainScore(7),
                Set.of(), "", true));

        assertTrue(card().flareProperty().get());
    }

    @Test
    void aPastCheckInMarkedAFlareKeepsItsPainAreasAndNote() {
        LocalDate day = TODAY.minusDays(2);
        temp.storage().pain().checkIn(day, new PainEntry(PainKind.CHECK_IN, TempStorage.NOW.minus(Duration.ofDays(2)),
                new PainScore(6), Set.of(Area.NECK), "Stiff"));
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));

        checkIns.form().flareProperty().set(true);
        assertTrue(checkIns.form().unsaved());
        checkIns.save();
        runner.drain();

        PainEntry now = stored(day);
        assertTrue(now.flare());
        assertEquals(new PainScore(6), now.score());
        assertEquals(Set.of(Area.NECK), now.areas());
        assertEquals("Stiff", now.note());
        assertTrue(checkIns.checkIns().get(0).flare(), "the list shows the day as a flare day");
        assertFalse(checkIns.form().unsaved());
    }

    @Test
    void aFlareTakenOffAPastCheckInIsSaved() {
        LocalDate day = TODAY.minusDays(1);
        temp.storage().pain().checkIn(day, new PainEntry(PainKind.CHECK_IN, TempStorage.NOW.minus(Duration.ofDays(1)),
                new PainScore(8), Set.of(), "", true));
        CheckInsViewModel checkIns = history().checkIns();
        checkIns.select(checkIns.checkIns().get(0));
        assertTrue(checkIns.form().flareProperty().get());

        checkIns.form().flareProperty().set(false);
        checkIns.save();
        runner.drain();

        assertFalse(stored(day).flare());
    }

    @Test
    void aPastCheckInListsAsAFlareDay() {
        assertEquals("pain 8/10 · flare\u00a0day", CheckInsView.text(new org.unknot.domain.CheckInRecord(TODAY,
                new PainScore(8), Set.of(), "", true)).lines().skip(1).findFirst().orElseThrow());
    }
}
