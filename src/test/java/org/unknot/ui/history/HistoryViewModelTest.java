package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.common.TempStorage;

class HistoryViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
    private static final Routine COLD = new Routine("Cold", "", PerformedBy.SELF,
            List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60)));

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

    private HistoryViewModel history() {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(),
                new ImmediateRunner(), TempStorage.CLOCK);
        history.load();
        return history;
    }

    @Test
    void showsTheLastNinetyDaysNewestFirstWithInsightsAndCharts() {
        session(ROLLER, 100, 7, 6);
        session(ROLLER, 10, 6, 3);
        session(COLD, 2, 5, 4);

        HistoryViewModel history = history();

        assertEquals(List.of("Cold", "Roller"), history.sessions().stream().map(SessionRecord::routineName).toList());
        assertEquals("2 sessions.", history.countProperty().get());
        assertEquals(2, history.insightsProperty().get().ratedSessions());
        assertTrue(history.reportProperty().get().weekly().size() >= 2);
    }

    @Test
    void filtersByRoutineToolAndStatus() {
        session(ROLLER, 3, 6, 3);
        session(COLD, 2, 5, 4);
        HistoryViewModel history = history();

        history.toolProperty().set(Tool.COLD_BALL);
        history.load();
        assertEquals(List.of("Cold"), history.sessions().stream().map(SessionRecord::routineName).toList());

        history.toolProperty().set(null);
        history.routineProperty().set("roller");
        history.load();
        assertEquals(List.of("Roller"), history.sessions().stream().map(SessionRecord::routineName).toList());

        history.statusProperty().set(SessionStatus.STOPPED);
        history.load();
        assertEquals(List.of(), history.sessions());
        assertEquals("No sessions in this range.", history.countProperty().get());

        history.clearFilters();
        assertEquals(List.of("Cold", "Roller"), history.sessions().stream().map(SessionRecord::routineName).toList(),
                "a filter reloads by itself, and clearing them shows everything again");
    }

    @Test
    void aMissingDayIsRefusedPlainly() {
        HistoryViewModel history = history();

        history.fromProperty().set(null);
        history.load();

        assertEquals("Choose both the first and the last day; type dates as YYYY-MM-DD, like 2026-11-22.",
                history.errorMessageProperty().get());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedPlainly() {
        HistoryViewModel history = history();

        history.toProperty().set(LocalDate.of(2026, 1, 1));
        history.load();

        assertEquals("The last day is before the first; choose a last day on or after the first.",
                history.errorMessageProperty().get());
    }

    @Test
    void editingASessionsPainAndNotesIsSavedAndARatingCanBeRemoved() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();
        SessionDetailViewModel detail = history.detail(history.sessions().get(0));
        detail.load();
        assertEquals(1, detail.steps().size());

        detail.afterProperty().set(2);
        detail.beforeProperty().set(null);
        detail.notesProperty().set("Better after a hot shower");
        detail.save();

        SessionRecord saved = temp.storage().sessions().find(id).orElseThrow();
        assertEquals(Optional.of(new PainScore(2)), saved.painAfter());
        assertEquals(Optional.empty(), saved.painBefore());
        assertEquals("Better after a hot shower", saved.notes());
        assertEquals(Optional.of(new PainScore(2)), history.sessions().get(0).painAfter(), "the list was reloaded");
    }

    @Test
    void deleteCanBeUndoneWhileTheScreenIsOpen() {
        long id = session(ROLLER, 3, 6, 3);
        HistoryViewModel history = history();

        history.delete(history.sessions().get(0));
        assertEquals(List.of(), history.sessions());
        assertTrue(history.deletedProperty().get() != null);

        history.undoDelete();
        assertEquals(1, history.sessions().size());
        assertEquals(Optional.of(new PainScore(3)), temp.storage().sessions().find(id).orElseThrow().painAfter());
        assertEquals(null, history.deletedProperty().get());
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
        checkIn.scoreProperty().set(3);
        checkIn.save();

        assertEquals(1, temp.storage().pain().checkInCount());
        LocalDate today = LocalDate.now(TempStorage.CLOCK);
        assertEquals(new PainScore(3), temp.storage().pain().checkInOn(today).orElseThrow().score());
        assertEquals(Set.of(Area.LOWER_BACK), temp.storage().pain().checkInOn(today).orElseThrow().areas());
        CheckInViewModel again = history.checkIn();
        again.load();
        assertEquals(3, again.scoreProperty().get());
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

        assertEquals(2, Files.readAllLines(csv).size(), "the header and the one session of the range");
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(history.messageProperty().get().startsWith("Wrote the report for "));
        history.exportCsv(temp.folder());
        assertFalse(history.errorMessageProperty().get().isEmpty(), "a folder is refused with a sentence");
    }
}
