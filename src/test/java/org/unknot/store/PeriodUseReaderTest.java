package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.DatedNote;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PeriodUse;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;
import org.unknot.domain.ToolAreaUse;

/** What the report's first page reads of a period's sessions, counted by the store on a real data file. */
class PeriodUseReaderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ToolArea MASSAGER_LOWER_BACK = new ToolArea(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK);
    private static final ToolArea COLD_LOWER_BACK = new ToolArea(Tool.COLD_BALL, Area.LOWER_BACK);
    private static final ToolArea ROLLER_UPPER_BACK = new ToolArea(Tool.FOAM_ROLLER, Area.UPPER_BACK);

    @TempDir
    Path folder;

    private Database database;
    private SessionStore sessions;
    private PainStore pain;

    @BeforeEach
    void openStore() {
        database = Database.open(folder.resolve("unknot.db"));
        sessions = new SessionStore(database);
        pain = new PainStore(database);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private static Instant day(int n) {
        return Fixtures.MORNING.plus(Duration.ofDays(n));
    }

    /** The full routine (massager 60 s, rest 20 s, cold ball 300 s, roller 45 s) with these seconds run per step. */
    private long session(int day, int massager, int rest, int cold, int roller, Integer before, Integer after) {
        long id = sessions.start(Optional.empty(), Fixtures.fullRoutine("Lower back"), day(day));
        int[] done = {massager, rest, cold, roller};
        for (int i = 0; i < done.length; i++) {
            sessions.recordStep(id, i, done[i] == 0 ? StepOutcome.SKIPPED : StepOutcome.COMPLETED, done[i], 0);
        }
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), day(day).plusSeconds(600));
        if (before != null) {
            pain.rateSession(id, new PainEntry(PainKind.BEFORE, day(day), new PainScore(before), Set.of(), ""));
        }
        if (after != null) {
            pain.rateSession(id, new PainEntry(PainKind.AFTER, day(day).plusSeconds(600), new PainScore(after),
                    Set.of(), ""));
        }
        return id;
    }

    private static ToolAreaUse use(PeriodUse period, ToolArea pair) {
        return period.pairs().stream().filter(use -> use.pair().equals(pair)).findFirst().orElseThrow();
    }

    @Test
    void eachPairCountsItsSessionsWeeksSecondsRunAndMedianChange() {
        // 2025-03-01 is a Saturday: days 0 and 1 fall in one week (from Monday), day 8 in the next
        session(0, 60, 20, 300, 45, 6, 3);
        session(1, 30, 20, 0, 45, 5, 5);
        session(8, 60, 0, 120, 0, 7, null);

        PeriodUse period = sessions.periodUse(HistoryFilter.all(), BERLIN, 3);

        assertEquals(3, period.sessions());
        assertEquals(60 + 20 + 300 + 45 + 30 + 20 + 45 + 60 + 120, period.doneSeconds(), "rests count in the total");
        assertEquals(List.of(new ToolAreaUse(MASSAGER_LOWER_BACK, 3, 2, 150, OptionalDouble.of(-1.5), 2),
                new ToolAreaUse(ROLLER_UPPER_BACK, 2, 1, 90, OptionalDouble.of(-1.5), 2),
                new ToolAreaUse(COLD_LOWER_BACK, 2, 2, 420, OptionalDouble.of(-3), 1)), period.pairs(),
                "most sessions first; the skipped cold step does not count");
    }

    @Test
    void weeksAreTheUsersLocalWeeks() {
        // Sunday 23:30 and Monday 00:30 in Berlin: the same Sunday in UTC, two weeks for the user
        for (String start : List.of("2026-11-29T22:30:00Z", "2026-11-29T23:30:00Z")) {
            long id = sessions.start(Optional.empty(), Fixtures.fullRoutine("Lower back"), Instant.parse(start));
            sessions.recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        }

        assertEquals(2, use(sessions.periodUse(HistoryFilter.all(), BERLIN, 3), MASSAGER_LOWER_BACK).weeks());
        assertEquals(1, use(sessions.periodUse(HistoryFilter.all(), ZoneId.of("UTC"), 3), MASSAGER_LOWER_BACK)
                .weeks());
    }

    @Test
    void anEmptyPeriodUsesNothing() {
        assertEquals(new PeriodUse(0, 0, List.of(), List.of()), sessions.periodUse(HistoryFilter.all(), BERLIN, 3));
    }

    @Test
    void aStepThatRanUnderASecondIsNoUseOfItsPair() {
        long id = sessions.start(Optional.empty(), Fixtures.fullRoutine("Lower back"), day(0));
        sessions.recordStep(id, 0, StepOutcome.CUT_SHORT, 1, 0);
        sessions.recordStep(id, 1, StepOutcome.CUT_SHORT, 0, 0);
        sessions.finish(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), day(0).plusSeconds(5));

        PeriodUse period = sessions.periodUse(HistoryFilter.all(), BERLIN, 3);

        assertEquals(List.of(MASSAGER_LOWER_BACK), period.pairs().stream().map(ToolAreaUse::pair).toList());
        assertEquals(1, use(period, MASSAGER_LOWER_BACK).doneSeconds());
    }

    @Test
    void onlyTheSessionsOfTheFilterCount() {
        sessions.setNotes(session(0, 60, 20, 300, 45, null, null), "Before the range");
        sessions.setNotes(session(10, 60, 20, 300, 45, null, null), "In the range");
        HistoryFilter fromDayFive = new HistoryFilter(Optional.of(day(5)), Optional.empty(), Optional.empty(),
                Set.of(), Optional.empty());

        PeriodUse period = sessions.periodUse(fromDayFive, BERLIN, 3);

        assertEquals(1, period.sessions());
        assertEquals(425, period.doneSeconds());
        assertEquals(300, use(period, COLD_LOWER_BACK).doneSeconds());
        assertEquals(1, use(period, COLD_LOWER_BACK).weeks());
        assertEquals(List.of("In the range"), period.latestNotes().stream().map(DatedNote::text).toList());
    }

    @Test
    void theLatestSessionNotesComeNewestFirstWithTheirRoutineAndLocalDay() {
        for (int day = 0; day < 5; day++) {
            long id = session(day, 60, 0, 0, 0, null, null);
            sessions.setNotes(id, day == 2 ? "" : "Note " + day);
        }
        // 23:30 UTC on 6 March is already 7 March in Berlin
        long late = sessions.start(Optional.empty(), Fixtures.fullRoutine("Neck"),
                LocalDate.of(2025, 3, 6).atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant());
        sessions.setNotes(late, "Late");

        List<DatedNote> notes = sessions.periodUse(HistoryFilter.all(), BERLIN, 3).latestNotes();

        assertEquals(List.of(new DatedNote(LocalDate.of(2025, 3, 7), Optional.of("Neck"), "Late"),
                new DatedNote(LocalDate.of(2025, 3, 5), Optional.of("Lower back"), "Note 4"),
                new DatedNote(LocalDate.of(2025, 3, 4), Optional.of("Lower back"), "Note 3")), notes);
    }

    @Test
    void theLatestCheckInNotesOfTheDaysComeNewestFirst() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        for (int day = 0; day < 6; day++) {
            pain.checkIn(first.plusDays(day), new PainEntry(PainKind.CHECK_IN, day(day), new PainScore(4), Set.of(),
                    day == 3 ? "" : "Day " + day));
        }

        assertEquals(List.of(new DatedNote(first.plusDays(4), Optional.empty(), "Day 4"),
                        new DatedNote(first.plusDays(2), Optional.empty(), "Day 2")),
                pain.latestNotes(first, first.plusDays(4), 2), "day 5 is after the period, day 3 has no note");
    }
}
