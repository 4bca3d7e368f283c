package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unknot.domain.DailyPain;
import org.unknot.domain.Insights;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.Worked;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Note;
import org.unknot.files.ReportContent.TrendPoint;

/** The figures and notes of the physician report, worked out before the PDF lays them out. */
class ReportContentsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private final List<SessionRecord> sessions = new ArrayList<>();
    private final List<DailyPain> checkIns = new ArrayList<>();

    private void session(int day, String routine, Integer before, Integer after, String notes, Tool... tools) {
        sessions.add(new SessionRecord(sessions.size() + 1, Optional.empty(), routine, PerformedBy.SELF,
                MONDAY.plusDays(day).atTime(18, 0).atZone(BERLIN).toInstant(), Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 600, 600, Optional.ofNullable(before).map(PainScore::new),
                Optional.ofNullable(after).map(PainScore::new), notes, Worked.of(tools)));
    }

    private void stopped(int day, StopReason reason) {
        sessions.add(new SessionRecord(sessions.size() + 1, Optional.empty(), "A", PerformedBy.SELF,
                MONDAY.plusDays(day).atTime(18, 0).atZone(BERLIN).toInstant(), Optional.empty(),
                SessionStatus.STOPPED, Optional.of(reason), 600, 300, Optional.empty(), Optional.empty(), "",
                Set.of()));
    }

    private ReportContent content(LocalDate first, LocalDate last) {
        return ReportContents.of(sessions, checkIns, Insights.of(sessions, checkIns, BERLIN), first, last,
                last.plusDays(1), BERLIN);
    }

    private ReportContent twoWeeks() {
        return content(MONDAY, MONDAY.plusDays(13));
    }

    @Test
    void thePeriodNamesTheYearOnceOrBothWhenTheyDiffer() {
        assertEquals("1 September – 22 November 2026",
                ReportContents.period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 22)));
        assertEquals("1 December 2025 – 22 February 2026",
                ReportContents.period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 22)));
    }

    @Test
    void theSummaryGivesCountsSharesMeansAndCheckIns() {
        session(0, "Low back", 6, 3, "", Tool.FOAM_ROLLER, Tool.REST);
        session(2, "Low back", 5, 4, "", Tool.FOAM_ROLLER);
        session(4, "Low back", 4, null, "", Tool.COLD_BALL);
        session(7, "Neck", 6, 2, "", Tool.HANDHELD_MASSAGER);
        session(9, "Neck", null, null, "");
        checkIns.add(new DailyPain(MONDAY, new PainScore(4)));
        checkIns.add(new DailyPain(MONDAY.plusDays(1), new PainScore(5)));
        checkIns.add(new DailyPain(MONDAY.plusDays(8), new PainScore(4)));

        ReportContent content = twoWeeks();

        assertEquals("7 September – 20 September 2026", content.period());
        assertEquals(MONDAY.plusDays(14), content.generatedOn());
        assertEquals(List.of(
                new Fact("Sessions", "5"),
                new Fact("Sessions per week", "2.5"),
                new Fact("Routines used", "Low back (60 %), Neck (40 %)"),
                new Fact("Tools used", "foam roller, cold ball, handheld massager"),
                new Fact("Mean pain before sessions", "5.7"),
                new Fact("Mean pain after sessions", "3.0"),
                new Fact("Clear immediate relief", "67 % of 3 rated sessions (a drop of 2 points and 30 %)"),
                new Fact("Daily check-ins", "3, mean pain 4.3")), content.summary());
        assertEquals(BERLIN, content.zone());
        assertEquals(sessions.size(), content.sessions().count());
        List<SessionRecord> handedOver = new ArrayList<>();
        content.sessions().rows().forEachOldestFirst(handedOver::add);
        assertEquals(sessions, handedOver);
    }

    @Test
    void aPeriodShorterThanAWeekCountsAsAWholeWeek() {
        session(0, "A", null, null, "");
        session(1, "A", null, null, "");

        assertEquals(new Fact("Sessions per week", "2.0"),
                content(MONDAY, MONDAY.plusDays(2)).summary().get(1));
    }

    @Test
    void anEmptyPeriodSaysSoInEveryFact() {
        assertEquals(List.of(
                new Fact("Sessions", "0"),
                new Fact("Sessions per week", "0.0"),
                new Fact("Routines used", "none"),
                new Fact("Tools used", ""),
                new Fact("Mean pain before sessions", "not rated"),
                new Fact("Mean pain after sessions", "not rated"),
                new Fact("Clear immediate relief", "no session rated before and after"),
                new Fact("Daily check-ins", "0")), twoWeeks().summary());
    }

    @Test
    void fiveRoutinesAreAllNamed() {
        String[] routines = {"A", "A", "B", "B", "C", "C", "D", "E"};
        for (int i = 0; i < routines.length; i++) {
            session(i, routines[i], null, null, "");
        }

        assertEquals(new Fact("Routines used", "A (25 %), B (25 %), C (25 %), D (13 %), E (13 %)"),
                twoWeeks().summary().get(2));
    }

    @Test
    void moreThanFiveRoutinesNameTheFourMostUsedAndCountTheOthers() {
        String[] routines = {"A", "A", "A", "B", "B", "C", "C", "D", "E", "F"};
        for (int i = 0; i < routines.length; i++) {
            session(i, routines[i], null, null, "");
        }

        assertEquals(new Fact("Routines used", "A (30 %), B (20 %), C (20 %), D (10 %), +2 others (20 %)"),
                twoWeeks().summary().get(2));
    }

    @Test
    void weeklyPointsAddTheMeanPainAfterOfTheSameWeek() {
        session(0, "A", 6, 4, "");
        session(1, "A", 6, 3, "");
        session(8, "A", 5, null, "");
        checkIns.add(new DailyPain(MONDAY.plusDays(9), new PainScore(3)));

        assertEquals(List.of(
                new TrendPoint(MONDAY, OptionalDouble.of(6.0), OptionalDouble.of(3.5), OptionalDouble.empty()),
                new TrendPoint(MONDAY.plusWeeks(1), OptionalDouble.of(5.0), OptionalDouble.empty(),
                        OptionalDouble.of(3.0))), twoWeeks().weekly());
    }

    @Test
    void stopReasonsAreListedInTheirOwnOrderWithCountsAndOnlyWhenGiven() {
        stopped(0, StopReason.OTHER);
        stopped(1, StopReason.PAIN_WORSE);
        stopped(2, StopReason.PAIN_WORSE);
        session(3, "A", null, null, "");

        assertEquals(List.of(new Fact("Pain got worse", "2"), new Fact("Other", "1")), twoWeeks().stopReasons());
    }

    @Test
    void notesShowTheFiveMostRecentWithTheirDayInTheZone() {
        for (int day = 0; day < 7; day++) {
            session(day, "A", null, null, day == 3 ? "  " : "Note " + day);
        }
        // 00:30 in Berlin on day 8 is still day 7 in UTC: the note carries the day of the report's zone
        sessions.add(new SessionRecord(99, Optional.empty(), "A", PerformedBy.SELF,
                MONDAY.plusDays(8).atTime(0, 30).atZone(BERLIN).toInstant(), Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 600, 600, Optional.empty(), Optional.empty(), "Late",
                Set.of()));

        assertEquals(List.of(
                new Note(MONDAY.plusDays(8), "Late"),
                new Note(MONDAY.plusDays(6), "Note 6"),
                new Note(MONDAY.plusDays(5), "Note 5"),
                new Note(MONDAY.plusDays(4), "Note 4"),
                new Note(MONDAY.plusDays(2), "Note 2")), twoWeeks().notes());
    }
}
