package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Suggestion;
import org.unknot.domain.Tool;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

class HistoryViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
    private static final Routine COLD = new Routine("Cold", "", PerformedBy.SELF,
            List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60)));
    private static final Routine LOW_BACK = new Routine("Low-back relief", "", PerformedBy.SELF,
            List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60)));

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** A finished session of {@code days} ago, rated before and after. */
    private long session(Routine routine, int days, int before, int after) {
        var sessions = temp.storage().sessions();
        var when = TempStorage.NOW.minus(Duration.ofDays(days));
        long id = sessions.start(Optional.empty(), routine, when);
        sessions.recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
        temp.storage().pain().rateSession(id, new PainEntry(PainKind.BEFORE, when, new PainScore(before), Set.of(), ""));
        temp.storage().pain().rateSession(id, new PainEntry(PainKind.AFTER, when, new PainScore(after), Set.of(), ""));
        return id;
    }

    /** The page as shown, with its first load done. */
    private HistoryViewModel history() {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                TempStorage.CLOCK, dialogs);
        history.activate();
        runner.drain();
        return history;
    }

    private static List<String> routines(HistoryViewModel history) {
        return history.sessions().stream().map(SessionRecord::routineName).toList();
    }

    @Test
    void showsTheLastNinetyDaysNewestFirstWithInsightsAndCharts() {
        session(ROLLER, 100, 7, 6);
        session(ROLLER, 10, 6, 3);
        session(COLD, 2, 5, 4);

        HistoryViewModel history = history();

        assertEquals(List.of("Cold", "Roller"), routines(history));
        assertEquals("2 sessions.", history.countProperty().get());
        assertEquals(2, history.insightsProperty().get().ratedSessions());
        assertTrue(history.insightsProperty().get().weekly().size() >= 2);
        assertEquals(Arrays.asList(null, "Cold", "Roller"), history.routineOptions());
    }

    @Test
    void filtersByRoutineToolAndStatusEachWithOneQuery() {
        session(ROLLER, 3, 6, 3);
        session(COLD, 2, 5, 4);
        HistoryViewModel history = history();

        history.chooseTool(Tool.COLD_BALL, true);
        assertEquals(1, runner.drain());
        assertEquals(List.of("Cold"), routines(history));

        history.chooseTool(Tool.COLD_BALL, false);
        history.chooseRoutine("Roller");
        assertEquals(2, runner.drain(), "one query for each change");
        assertEquals(List.of("Roller"), routines(history));

        history.chooseStatus(SessionStatus.STOPPED);
        assertEquals(1, runner.drain());
        assertEquals(List.of(), history.sessions());
        assertEquals("No sessions in this range.", history.countProperty().get());
    }

    @Test
    void choosingOneRoutineRunsOneQueryThatSettlesAndKeepsTheChoiceAndTheOptions() {
        for (int day = 1; day <= 60; day++) {
            session(List.of(ROLLER, COLD, LOW_BACK).get(day % 3), day, 6, 4);
        }
        HistoryViewModel history = history();
        List<String> optionsBefore = new ArrayList<>(history.routineOptions());
        List<ListChangeListener.Change<?>> optionChanges = new ArrayList<>();
        history.routineOptions().addListener((ListChangeListener<String>) optionChanges::add);

        history.chooseRoutine("Low-back relief");

        assertEquals(1, runner.drain(), "one choice is one query, and its result asks for nothing more");
        assertEquals(20, history.sessions().size());
        assertEquals(List.of("Low-back relief"), routines(history).stream().distinct().toList());
        assertEquals("Low-back relief", history.queryProperty().get().routine());
        assertEquals(optionsBefore, history.routineOptions());
        assertEquals(List.of(), optionChanges, "the same names do not replace the options");
        history.chooseRoutine("Low-back relief");
        assertEquals(0, runner.pending(), "choosing what is chosen does nothing");
    }

    @Test
    void anOlderResultArrivingLastIsDropped() {
        session(ROLLER, 3, 6, 3);
        session(COLD, 2, 5, 4);
        HistoryViewModel history = history();

        history.chooseRoutine("Roller");
        history.chooseRoutine("Cold");
        runner.runNewest();
        runner.runNext();

        assertEquals(List.of("Cold"), routines(history));
        assertEquals("1 session.", history.countProperty().get());
    }

    @Test
    void severalToolsShowTheSessionsOfEachAndATicAlreadySoRunsNoQuery() {
        session(ROLLER, 4, 6, 3);
        session(COLD, 3, 5, 4);
        session(LOW_BACK, 2, 7, 5);
        HistoryViewModel history = history();

        history.chooseTool(Tool.FOAM_ROLLER, true);
        history.chooseTool(Tool.COLD_BALL, true);
        assertEquals(2, runner.drain());
        assertEquals(List.of("Cold", "Roller"), routines(history));
        assertEquals(Set.of(Tool.FOAM_ROLLER, Tool.COLD_BALL), history.queryProperty().get().tools());

        history.chooseTool(Tool.COLD_BALL, true);
        history.chooseTool(Tool.HANDHELD_MASSAGER, false);
        assertEquals(0, runner.drain(), "the view showing the query's tools asks for nothing");

        history.chooseTool(Tool.FOAM_ROLLER, false);
        history.chooseTool(Tool.COLD_BALL, false);
        assertEquals(2, runner.drain());
        assertEquals(List.of("Low-back relief", "Cold", "Roller"), routines(history), "no tool ticked: all");
    }

    @Test
    void clearingTheFiltersRunsOneQuery() {
        session(ROLLER, 3, 6, 3);
        session(COLD, 2, 5, 4);
        HistoryViewModel history = history();
        history.chooseRoutine("Roller");
        history.chooseTool(Tool.FOAM_ROLLER, true);
        history.chooseStatus(SessionStatus.COMPLETED);
        runner.drain();

        history.clearFilters();

        assertEquals(1, runner.drain());
        assertEquals(List.of("Cold", "Roller"), routines(history));
        HistoryQuery query = history.queryProperty().get();
        assertEquals(List.of(), Arrays.asList(query.routine(), query.status()).stream()
                .filter(filter -> filter != null).toList());
        assertEquals(Set.of(), query.tools());
    }

    @Test
    void aChosenRoutineStaysAnOptionWhenItsLastSessionIsDeleted() {
        long roller = session(ROLLER, 3, 6, 3);
        session(COLD, 2, 5, 4);
        HistoryViewModel history = history();
        history.chooseRoutine("Roller");
        runner.drain();

        dialogs.answer(true);
        history.delete(temp.storage().sessions().find(roller).orElseThrow());
        runner.drain();

        assertEquals(List.of(), history.sessions());
        assertEquals("Roller", history.queryProperty().get().routine());
        assertTrue(history.routineOptions().contains("Roller"));
    }

    @Test
    void optionsAreEditedInPlaceSoAKeptItemNeverLeavesTheList() {
        ObservableList<String> options = FXCollections.observableArrayList(null, "A", "C", "D");
        List<String> removed = new ArrayList<>();
        options.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });

        HistoryViewModel.edit(options, Arrays.asList(null, "A", "B", "C"));

        assertEquals(Arrays.asList(null, "A", "B", "C"), options);
        assertEquals(List.of("D"), removed);
    }

    @Test
    void aMissingDayIsRefusedPlainlyWithoutAQuery() {
        HistoryViewModel history = history();

        history.chooseFrom(null);

        assertEquals(0, runner.pending());
        assertEquals("Choose both the first and the last day; type dates as YYYY-MM-DD, like 2026-11-22.",
                history.errorMessageProperty().get());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedPlainly() {
        HistoryViewModel history = history();

        history.chooseTo(LocalDate.of(2026, 1, 1));

        assertEquals(0, runner.pending());
        assertEquals("The last day is before the first; choose a last day on or after the first.",
                history.errorMessageProperty().get());
    }

    @Test
    void theDefaultRangeMovesWithTheDate() {
        MovableClock clock = new MovableClock(TempStorage.NOW, TempStorage.CLOCK.getZone());
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                clock, dialogs);
        history.activate();
        runner.drain();
        history.deactivate();

        clock.advance(Duration.ofDays(2));
        history.activate();

        LocalDate today = LocalDate.of(2026, 11, 24);
        assertEquals(today, history.queryProperty().get().to());
        assertEquals(today.minusDays(HistoryViewModel.DEFAULT_DAYS), history.queryProperty().get().from());
        assertEquals(2, runner.drain(), "the sessions and the check-ins of the new range, read once each");
    }

    @Test
    void aRangeTheUserChoseStaysWhenTheDateMoves() {
        MovableClock clock = new MovableClock(TempStorage.NOW, TempStorage.CLOCK.getZone());
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                clock, dialogs);
        history.activate();
        history.setRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        runner.drain();

        clock.advance(Duration.ofDays(2));
        history.activate();

        assertEquals(LocalDate.of(2026, 10, 31), history.queryProperty().get().to());
        assertEquals(LocalDate.of(2026, 10, 1), history.queryProperty().get().from());
    }

    @Test
    void leavingThePageDropsALoadOnItsWay() {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();

        history.chooseRoutine("Cold");
        history.deactivate();
        runner.drain();

        assertEquals(List.of("Roller"), routines(history), "a result for a page that was left is dropped");
    }

    @Test
    void comingBackToThePageReadsTheSameQueryAgain() {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        session(COLD, 1, 5, 4);

        history.activate();

        assertEquals(2, runner.drain(), "the sessions and the check-ins, read once each");
        assertEquals(List.of("Cold", "Roller"), routines(history), "a session recorded meanwhile is shown");
    }

    @Test
    void aCheckInAfterMidnightIsStoredUnderTheNewDay() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 23:50 in Berlin on 22 November when the page is built.
        MovableClock clock = new MovableClock(Instant.parse("2026-11-22T22:50:00Z"), berlin);
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                clock, dialogs);
        CheckInViewModel checkIn = history.checkIn();
        checkIn.load();
        runner.drain();

        clock.advance(Duration.ofMinutes(20));
        checkIn.scoreProperty().set(4);
        checkIn.save();
        runner.drain();

        assertEquals(new PainScore(4), temp.storage().pain().checkInOn(LocalDate.of(2026, 11, 23)).orElseThrow()
                .score());
        assertEquals(Optional.empty(), temp.storage().pain().checkInOn(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void yesterdaysCheckInIsNotShownAsTodays() {
        MovableClock clock = new MovableClock(TempStorage.NOW, TempStorage.CLOCK.getZone());
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                clock, dialogs);
        CheckInViewModel checkIn = history.checkIn();
        checkIn.scoreProperty().set(6);
        checkIn.save();
        runner.drain();
        checkIn.load();
        runner.drain();
        assertEquals(6, checkIn.scoreProperty().get());

        clock.advance(Duration.ofDays(1));
        checkIn.load();
        runner.drain();

        assertNull(checkIn.scoreProperty().get());
        assertEquals("", checkIn.statusProperty().get());
    }

    @Test
    void correctingASessionsPainAndNotesIsSavedAndARatingCanBeRemoved() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        history.opened().open(history.sessions().get(0));
        SessionDetailViewModel detail = history.opened().detailProperty().get();
        detail.load();
        runner.drain();
        assertEquals(1, detail.steps().size());

        detail.afterProperty().set(2);
        detail.beforeProperty().set(null);
        detail.notesProperty().set("Better after a hot shower");
        history.opened().save();
        runner.drain();

        SessionRecord saved = temp.storage().sessions().find(id).orElseThrow();
        assertEquals(Optional.of(new PainScore(2)), saved.painAfter());
        assertEquals(Optional.empty(), saved.painBefore());
        assertEquals("Better after a hot shower", saved.notes());
        assertEquals(Optional.of(new PainScore(2)), history.sessions().get(0).painAfter(), "the list was reloaded");
        assertNull(history.opened().detailProperty().get(), "saving goes back to the list");
        assertEquals(List.of(), dialogs.asked());
    }

    /** The open session with its after-rating changed from 3 to 1, not saved. */
    private SessionDetailViewModel correctedButNotSaved(HistoryViewModel history) {
        history.opened().open(history.sessions().get(0));
        SessionDetailViewModel detail = history.opened().detailProperty().get();
        detail.afterProperty().set(1);
        return detail;
    }

    @Test
    void leavingWithoutCorrectionsDoesNotAsk() {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        history.opened().open(history.sessions().get(0));

        history.opened().close();

        assertNull(history.opened().detailProperty().get());
        assertEquals(List.of(), dialogs.asked());
    }

    @Test
    void leavingUnsavedCorrectionsAsksAndCancelKeepsThem() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        SessionDetailViewModel detail = correctedButNotSaved(history);
        dialogs.answer(Dialogs.SaveChoice.CANCEL);

        history.opened().close();
        runner.drain();

        assertEquals(List.of("Save the corrections to this session?"), dialogs.asked());
        assertSame(detail, history.opened().detailProperty().get());
        assertEquals(1, detail.afterProperty().get());
        assertEquals(Optional.of(new PainScore(3)), temp.storage().sessions().find(id).orElseThrow().painAfter());
    }

    @Test
    void unsavedCorrectionsWaitWhileThePageIsLeftAndShownAgain() {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        SessionDetailViewModel detail = correctedButNotSaved(history);

        history.deactivate();
        history.activate();
        runner.drain();

        assertSame(detail, history.opened().detailProperty().get());
        assertEquals(1, detail.afterProperty().get());
        assertTrue(detail.unsaved());
    }

    @Test
    void closingTheWindowWithNothingUnsavedDoesNotAsk() {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        int[] closed = {0};

        assertTrue(history.opened().mayLeave(() -> closed[0]++));
        assertEquals(List.of(), dialogs.asked());
    }

    @Test
    void closingTheWindowWithUnsavedCorrectionsAsksAndCancelKeepsTheWindow() {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        correctedButNotSaved(history);
        dialogs.answer(Dialogs.SaveChoice.CANCEL);
        int[] closed = {0};

        assertFalse(history.opened().mayLeave(() -> closed[0]++));
        runner.drain();

        assertEquals(List.of("Save the corrections to this session?"), dialogs.asked());
        assertEquals(0, closed[0]);
    }

    @Test
    void closingTheWindowWithUnsavedCorrectionsCanSaveThemFirst() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        correctedButNotSaved(history);
        dialogs.answer(Dialogs.SaveChoice.SAVE);
        int[] closed = {0};

        assertFalse(history.opened().mayLeave(() -> closed[0]++));
        assertEquals(0, closed[0]);
        runner.drain();

        assertEquals(1, closed[0]);
        assertEquals(Optional.of(new PainScore(1)), temp.storage().sessions().find(id).orElseThrow().painAfter());
    }

    @Test
    void closingTheWindowCanDropUnsavedCorrections() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        correctedButNotSaved(history);
        dialogs.answer(Dialogs.SaveChoice.DONT_SAVE);

        assertTrue(history.opened().mayLeave(() -> { }));
        runner.drain();

        assertEquals(Optional.of(new PainScore(3)), temp.storage().sessions().find(id).orElseThrow().painAfter());
    }

    @Test
    void dontSaveLeavesAndDiscardsTheCorrections() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        correctedButNotSaved(history);
        dialogs.answer(Dialogs.SaveChoice.DONT_SAVE);

        history.opened().close();
        runner.drain();

        assertEquals(1, dialogs.asked().size());
        assertNull(history.opened().detailProperty().get());
        assertEquals(Optional.of(new PainScore(3)), temp.storage().sessions().find(id).orElseThrow().painAfter());
    }

    @Test
    void saveWritesTheCorrectionsToTheFileThenOpensTheOtherSession() throws Exception {
        long roller = session(ROLLER, 3, 6, 3);
        session(COLD, 2, 5, 4);
        HistoryViewModel history = history();
        history.opened().open(history.sessions().get(1));
        history.opened().detailProperty().get().afterProperty().set(1);
        dialogs.answer(Dialogs.SaveChoice.SAVE);

        history.opened().open(history.sessions().get(0));
        assertEquals("Roller", history.opened().detailProperty().get().session().routineName(),
                "stays until the corrections are written");
        runner.drain();

        assertEquals(1, dialogs.asked().size());
        assertEquals("Cold", history.opened().detailProperty().get().session().routineName());
        temp.storage().close();
        try (var reopened = Storage.open(new DataFolder(temp.folder()),
                TempStorage.CLOCK, List::of)) {
            assertEquals(Optional.of(new PainScore(1)), reopened.sessions().find(roller).orElseThrow().painAfter());
        }
    }

    @Test
    void deleteAsksAndCanBeUndoneWhileTheScreenIsOpen() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();

        dialogs.answer(false);
        history.delete(history.sessions().get(0));
        assertEquals(0, runner.pending(), "keeping it deletes nothing");

        dialogs.answer(true);
        history.delete(history.sessions().get(0));
        runner.drain();
        assertEquals(List.of(), history.sessions());
        assertNotNull(history.deletedProperty().get());

        history.undoDelete();
        runner.drain();
        assertEquals(1, history.sessions().size());
        assertEquals(Optional.of(new PainScore(3)), temp.storage().sessions().find(id).orElseThrow().painAfter());
        assertNull(history.deletedProperty().get());
    }

    @Test
    void oneCheckInADayAndASecondReplacesTheFirst() {
        HistoryViewModel history = history();
        CheckInViewModel checkIn = history.checkIn();

        checkIn.save();
        assertEquals("Choose how much it hurts today, from 0 to 10.", checkIn.errorMessageProperty().get());

        checkIn.scoreProperty().set(5);
        checkIn.toggleArea(Area.LOWER_BACK);
        checkIn.save();
        runner.drain();
        checkIn.scoreProperty().set(3);
        checkIn.save();
        runner.drain();

        assertEquals(1, temp.storage().pain().checkInCount());
        LocalDate today = LocalDate.now(TempStorage.CLOCK);
        assertEquals(new PainScore(3), temp.storage().pain().checkInOn(today).orElseThrow().score());
        assertEquals(Set.of(Area.LOWER_BACK), temp.storage().pain().checkInOn(today).orElseThrow().areas());
        CheckInViewModel again = history.checkIn();
        again.load();
        runner.drain();
        assertEquals(3, again.scoreProperty().get());
    }

    @Test
    void aCheckInNoteIsCountedInCharactersAsTheDataFileCountsThem() {
        HistoryViewModel history = history();
        CheckInViewModel checkIn = history.checkIn();
        checkIn.scoreProperty().set(4);
        String emoji = "\uD83D\uDE00";

        checkIn.noteProperty().set(emoji.repeat(CheckInViewModel.MAX_NOTE_LENGTH + 1));
        checkIn.save();
        assertEquals("The note is 2001 characters; shorten it to 2000.", checkIn.errorMessageProperty().get());
        assertEquals(0, runner.pending());

        checkIn.noteProperty().set(emoji.repeat(CheckInViewModel.MAX_NOTE_LENGTH));
        checkIn.save();
        runner.drain();
        LocalDate today = LocalDate.now(TempStorage.CLOCK);
        assertEquals(emoji.repeat(CheckInViewModel.MAX_NOTE_LENGTH),
                temp.storage().pain().checkInOn(today).orElseThrow().note());
    }

    @Test
    void exportsTheCsvAndTheReportOfTheRangeShown() throws Exception {
        session(ROLLER, 3, 6, 3);
        session(ROLLER, 200, 6, 3);
        HistoryViewModel history = history();
        Path csv = temp.folder().resolve("history.csv");
        Path pdf = temp.folder().resolve("report.pdf");

        history.exportCsv(csv);
        history.exportReport(pdf);
        runner.drain();

        assertEquals(2, Files.readAllLines(csv).size(), "the header and the one session of the range");
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(history.messageProperty().get().startsWith("Wrote the report for "));
        history.exportCsv(temp.folder());
        runner.drain();
        assertFalse(history.errorMessageProperty().get().isEmpty(), "a folder is refused with a sentence");
    }

    @Test
    void theReportCarriesTheRedFlagAnswersItIsGiven() throws Exception {
        session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        java.util.Map<org.unknot.domain.RedFlag, Boolean> answers = new java.util.EnumMap<>(
                org.unknot.domain.RedFlag.class);
        for (org.unknot.domain.RedFlag flag : org.unknot.domain.RedFlag.values()) {
            answers.put(flag, flag == org.unknot.domain.RedFlag.FEVER);
        }
        history.setRedFlagAnswers(() -> Optional.of(new org.unknot.domain.RedFlagCheck(
                Instant.now(TempStorage.CLOCK), org.unknot.domain.RedFlagReason.MONTHLY, answers)));
        Path pdf = temp.folder().resolve("report.pdf");

        history.exportReport(pdf);
        runner.drain();

        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1)
                    .replaceAll("\\s+", " ");
            assertTrue(first.contains(org.unknot.domain.RedFlag.FEVER.line()), first);
        } finally {
            reader.close();
        }
    }

    @Test
    void painRisingAfterThreeOfTheLastFiveSessionsGivesTheWorseningVerdictAndItsQuestions() {
        session(ROLLER, 9, 4, 3);
        session(ROLLER, 7, 4, 3);
        session(LOW_BACK, 5, 4, 6);
        session(LOW_BACK, 3, 5, 7);
        session(LOW_BACK, 1, 6, 8);
        HistoryViewModel history = history();
        List<Integer> asked = new ArrayList<>();
        history.setSafetyQuestions(() -> asked.add(1));

        Verdict verdict = history.verdictProperty().get();
        assertEquals(Suggestion.WORSENING, verdict.kind());
        assertEquals(history.insightsProperty().get().sentences().get(0), verdict.sentence());
        assertTrue(verdict.sentence().contains("Low-back relief"), verdict.sentence());
        assertFalse(history.whatHelps().contains(verdict.sentence()), "the warning is not repeated in What helps");
        assertEquals(history.insightsProperty().get().sentences().size() - 1, history.whatHelps().size());

        history.askSafetyQuestions();
        assertEquals(List.of(1), asked);
    }

    @Test
    void steadyMildPainGivesNoVerdictAndEverySentenceInWhatHelps() {
        for (int day = 60; day >= 1; day -= 3) {
            session(ROLLER, day, 2, 1);
        }
        HistoryViewModel history = history();

        assertEquals(Verdict.NONE, history.verdictProperty().get());
        assertEquals(history.insightsProperty().get().sentences(), history.whatHelps());
        history.askSafetyQuestions();
    }

    @Test
    void painThatStaysHighForTwoMonthsGivesTheSpecialistVerdictOnce() {
        for (int day = 60; day >= 1; day -= 3) {
            session(ROLLER, day, 6, 5);
        }
        HistoryViewModel history = history();

        Verdict verdict = history.verdictProperty().get();
        assertEquals(Suggestion.SPECIALIST, verdict.kind());
        assertTrue(verdict.sentence().contains("GP"), verdict.sentence());
        assertFalse(history.whatHelps().contains(verdict.sentence()), "the suggestion is not repeated in What helps");
        assertFalse(history.whatHelps().isEmpty());
    }
}
