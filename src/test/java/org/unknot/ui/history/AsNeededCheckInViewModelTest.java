package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.store.CheckInRecording;
import org.unknot.store.MedicineStore;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** "Took an as-needed pain medicine today?" on today's card and in a past check-in's correction. */
class AsNeededCheckInViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private void listMedicine(MedicineUse use, LocalDate start, Optional<LocalDate> stop) {
        new MedicineStore(temp.storage().database()).add(new Medicine("Ibuprofen", "400 mg", use, start, stop));
    }

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

    private void checkIn(int daysAgo, Optional<AsNeededAnswer> answer) {
        new CheckInRecording(temp.storage().pain()).save(new PainEntry(PainKind.CHECK_IN,
                TempStorage.NOW.minus(Duration.ofDays(daysAgo)), new PainScore(5), Set.of(), ""), TempStorage.CLOCK
                .getZone(), answer);
    }

    private Optional<AsNeededAnswer> storedAnswer(int daysAgo) {
        List<CheckInRecord> read = new ArrayList<>();
        temp.storage().pain().forEachCheckIn(Optional.of(TODAY.minusDays(daysAgo)),
                Optional.of(TODAY.minusDays(daysAgo)), read::add);
        return read.get(0).asNeeded();
    }

    @Test
    void theCardAsksOnlyWhileAnAsNeededMedicineIsCurrentToday() {
        listMedicine(MedicineUse.REGULAR, TODAY.minusDays(30), Optional.empty());
        listMedicine(MedicineUse.AS_NEEDED, TODAY.minusDays(30), Optional.of(TODAY.minusDays(1)));
        assertFalse(card().asNeeded().askedProperty().get());

        listMedicine(MedicineUse.AS_NEEDED, TODAY, Optional.empty());
        assertTrue(card().asNeeded().askedProperty().get());
    }

    @Test
    void theAnswerIsSavedWithTheCheckInAndClickingItAgainLeavesItUnanswered() {
        listMedicine(MedicineUse.AS_NEEDED, TODAY.minusDays(3), Optional.empty());
        CheckInViewModel card = card();
        card.scoreProperty().set(6);
        card.asNeeded().choose(AsNeededAnswer.YES);
        card.save();
        runner.drain();
        assertEquals(Optional.of(AsNeededAnswer.YES), storedAnswer(0));
        assertFalse(card.unsaved());

        card.asNeeded().choose(AsNeededAnswer.YES);
        assertNull(card.asNeeded().answerProperty().get());
        assertTrue(card.unsaved());
        card.save();
        runner.drain();
        assertEquals(Optional.empty(), storedAnswer(0));
    }

    @Test
    void aSavedAnswerIsShownAgainAndAnUnsavedOneAsksBeforeLeaving() {
        listMedicine(MedicineUse.AS_NEEDED, TODAY.minusDays(3), Optional.empty());
        checkIn(0, Optional.of(AsNeededAnswer.NO));
        CheckInViewModel card = card();
        assertEquals(AsNeededAnswer.NO, card.asNeeded().answerProperty().get());

        card.asNeeded().choose(AsNeededAnswer.YES);
        dialogs.answer(SaveChoice.DONT_SAVE);
        assertTrue(card.mayLeave(() -> { }));

        assertEquals(AsNeededAnswer.NO, card.asNeeded().answerProperty().get());
        assertEquals(Optional.of(AsNeededAnswer.NO), storedAnswer(0));
    }

    @Test
    void aCorrectionAsksOnADayAnAsNeededMedicineWasCurrentAndSavesTheAnswer() {
        listMedicine(MedicineUse.AS_NEEDED, TODAY.minusDays(5), Optional.of(TODAY.minusDays(2)));
        checkIn(1, Optional.empty());
        checkIn(2, Optional.empty());
        CheckInsViewModel checkIns = history().checkIns();

        checkIns.select(checkIns.checkIns().get(0));
        assertFalse(checkIns.form().asNeeded().askedProperty().get());
        checkIns.select(checkIns.checkIns().get(1));
        assertTrue(checkIns.form().asNeeded().askedProperty().get());
        checkIns.form().asNeeded().choose(AsNeededAnswer.YES);
        checkIns.save();
        runner.drain();

        assertEquals(Optional.of(AsNeededAnswer.YES), storedAnswer(2));
        assertEquals(Optional.of(AsNeededAnswer.YES), checkIns.checkIns().get(1).asNeeded());
        assertFalse(checkIns.form().unsaved());
    }

    @Test
    void aDayAnsweredBeforeItsMedicineWasDeletedStillShowsItsAnswer() {
        checkIn(1, Optional.of(AsNeededAnswer.NO));
        CheckInsViewModel checkIns = history().checkIns();

        checkIns.select(checkIns.checkIns().get(0));

        assertTrue(checkIns.form().asNeeded().askedProperty().get());
        assertEquals(AsNeededAnswer.NO, checkIns.form().asNeeded().answerProperty().get());
    }

    @Test
    void theLineUnderTheCheckInsCountsTheAnsweredDaysWeekByWeek() {
        CheckInsViewModel without = history().checkIns();
        assertEquals("", without.asNeededLineProperty().get());

        checkIn(1, Optional.of(AsNeededAnswer.YES));
        checkIn(2, Optional.of(AsNeededAnswer.YES));
        checkIn(3, Optional.of(AsNeededAnswer.NO));
        checkIn(9, Optional.of(AsNeededAnswer.YES));
        String line = history().checkIns().asNeededLineProperty().get();

        assertTrue(line.startsWith("As-needed pain medicine: taken on 3 of 4 answered days. Days per week from "),
                line);
        assertTrue(line.endsWith(": 0 · 0 · 0 · 0 · 0 · 0 · 1 · 2"), line);
    }
}
