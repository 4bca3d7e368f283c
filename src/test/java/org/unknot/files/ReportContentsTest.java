package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.DailyPain;
import org.unknot.domain.DatedNote;
import org.unknot.domain.Insights;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PeriodUse;
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
        return ReportFixtures.content(sessions, checkIns, Insights.of(sessions, checkIns, BERLIN), Optional.empty(),
                Optional.empty(), first, last,
                last.plusDays(1), BERLIN, CheckInRows.of(List.of()));
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
                new Fact("Daily pain, baseline → current", "4.3 → 4.3 /10 (+0.0, 0 % lower; first → last 2 weeks)"),
                new Fact("PEG score (pain, enjoyment, activity)", "not recorded"),
                new Fact("Check-in adherence", "3 of 14 days (21 %)"),
                new Fact("Sessions per week", "2.5 (5 sessions)"),
                new Fact("Minutes per week", "25"),
                new Fact("Routines used", "Low back (60 %), Neck (40 %)")), content.summary());
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

        assertEquals(new Fact("Sessions per week", "2.0 (2 sessions)"),
                content(MONDAY, MONDAY.plusDays(2)).summary().get(3));
    }

    @Test
    void anEmptyPeriodSaysSoInEveryFact() {
        assertEquals(List.of(
                new Fact("Weekly pain, baseline → current", "not enough ratings yet"),
                new Fact("PEG score (pain, enjoyment, activity)", "not recorded"),
                new Fact("Check-in adherence", "0 of 14 days (0 %)"),
                new Fact("Sessions per week", "0.0 (0 sessions)"),
                new Fact("Minutes per week", "0"),
                new Fact("Routines used", "none")), twoWeeks().summary());
        assertEquals(List.of(
                new Fact("Red-flag answers", "never answered"),
                new Fact("Sessions where pain rose", "0 of 0 rated"),
                new Fact("Stops for “pain got worse”", "0"),
                new Fact("Flare days", "0 of 0 days checked in"),
                new Fact("Worsening warning", "none")), twoWeeks().safety());
        assertEquals(List.of(), twoWeeks().tried());
    }

    @Test
    void fiveRoutinesAreAllNamed() {
        String[] routines = {"A", "A", "B", "B", "C", "C", "D", "E"};
        for (int i = 0; i < routines.length; i++) {
            session(i, routines[i], null, null, "");
        }

        assertEquals(new Fact("Routines used", "A (25 %), B (25 %), C (25 %), D (13 %), E (13 %)"),
                twoWeeks().summary().get(5));
    }

    @Test
    void moreThanFiveRoutinesNameTheFourMostUsedAndCountTheOthers() {
        String[] routines = {"A", "A", "A", "B", "B", "C", "C", "D", "E", "F"};
        for (int i = 0; i < routines.length; i++) {
            session(i, routines[i], null, null, "");
        }

        assertEquals(new Fact("Routines used", "A (30 %), B (20 %), C (20 %), D (10 %), +2 others (20 %)"),
                twoWeeks().summary().get(5));
    }

    @Test
    void weeklyPointsAddTheMeanPainAfterOfTheSameWeekAndTheirCounts() {
        session(0, "A", 6, 4, "");
        session(1, "A", 6, 3, "");
        session(8, "A", 5, null, "");
        checkIns.add(new DailyPain(MONDAY.plusDays(9), new PainScore(3)));

        assertEquals(List.of(
                new TrendPoint(MONDAY, OptionalDouble.of(6.0), OptionalDouble.of(3.5), OptionalDouble.empty(), 2, 0),
                new TrendPoint(MONDAY.plusWeeks(1), OptionalDouble.of(5.0), OptionalDouble.empty(),
                        OptionalDouble.of(3.0), 1, 1)), twoWeeks().weekly());
    }

    @Test
    void stopReasonsAreListedInTheirOwnOrderWithCountsAndOnlyWhenGiven() {
        stopped(0, StopReason.OTHER);
        stopped(1, StopReason.PAIN_WORSE);
        stopped(2, StopReason.PAIN_WORSE);
        session(3, "A", null, null, "");

        assertEquals(new Fact("Stops for “pain got worse”", "2 (of 3 early stops: Pain got worse 2 · Other 1)"),
                twoWeeks().safety().get(2));
    }

    @Test
    void stopsForPainAloneAreCountedWithoutTheOtherReasons() {
        stopped(0, StopReason.PAIN_WORSE);

        assertEquals(new Fact("Stops for “pain got worse”", "1"), twoWeeks().safety().get(2));
    }

    @Test
    void notesShowTheThreeMostRecentWithTheirDayInTheZone() {
        for (int day = 0; day < 7; day++) {
            session(day, "A", null, null, day == 3 ? "  " : "Note " + day);
        }
        // 00:30 in Berlin on day 8 is still day 7 in UTC: the note carries the day of the report's zone
        sessions.add(new SessionRecord(99, Optional.empty(), "A", PerformedBy.SELF,
                MONDAY.plusDays(8).atTime(0, 30).atZone(BERLIN).toInstant(), Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 600, 600, Optional.empty(), Optional.empty(), "Late",
                Set.of()));

        assertEquals(List.of(
                new Note(MONDAY.plusDays(8), "A", "Late"),
                new Note(MONDAY.plusDays(6), "A", "Note 6"),
                new Note(MONDAY.plusDays(5), "A", "Note 5")), twoWeeks().notes());
    }

    @Test
    void theReportHandsOverThePeriodsCheckInsWithTheirCountForTheTableAfterTheSessions() {
        session(0, "A", 6, 4, "");
        checkIns.add(new DailyPain(MONDAY, new PainScore(6)));
        checkIns.add(new DailyPain(MONDAY.plusDays(1), new PainScore(5)));
        List<CheckInRecord> records = List.of(
                new CheckInRecord(MONDAY, new PainScore(6), Set.of(Area.NECK), "Stiff"),
                new CheckInRecord(MONDAY.plusDays(1), new PainScore(5), Set.of(), ""));

        ReportContent content = ReportFixtures.content(sessions, checkIns, Insights.of(sessions, checkIns, BERLIN),
                Optional.empty(), Optional.empty(), MONDAY, MONDAY.plusDays(13), MONDAY.plusDays(14), BERLIN,
                CheckInRows.of(records));

        assertEquals(2, content.checkIns().count());
        List<CheckInRecord> handed = new ArrayList<>();
        content.checkIns().rows().forEachOldestFirst(handed::add);
        assertEquals(records, handed);
    }

    @Test
    void triedHasOneRowPerToolAndAreaWithWeeksSessionsAndTheMedianChange() {
        session(0, "Low back", 6, 3, "", Tool.FOAM_ROLLER, Tool.REST);
        session(2, "Low back", 5, 4, "", Tool.FOAM_ROLLER);
        session(8, "Low back", 6, 6, "", Tool.FOAM_ROLLER, Tool.COLD_BALL);
        session(9, "Neck", null, null, "", Tool.COLD_BALL);

        assertEquals(List.of(
                new ReportContent.Tried("Foam roller", "Lower back", 2, 3, 12.5, OptionalDouble.of(-1), 3),
                new ReportContent.Tried("Cold ball", "Lower back", 1, 2, 7.5, OptionalDouble.of(0), 1)),
                twoWeeks().tried());
    }

    @Test
    void notesOfSessionsAndCheckInsAreMergedNewestFirstAndNameWhereTheyWereWritten() {
        List<DatedNote> sessionNotes = List.of(new DatedNote(MONDAY.plusDays(9), Optional.of("Low back"), "Looser"),
                new DatedNote(MONDAY.plusDays(4), Optional.of("Neck"), "Stiff"));
        List<DatedNote> checkInNotes = List.of(new DatedNote(MONDAY.plusDays(10), Optional.empty(), "Bad night"),
                new DatedNote(MONDAY.plusDays(5), Optional.empty(), "Long drive"));
        ReportPeriod period = new ReportPeriod(new PeriodUse(0, 0, List.of(), sessionNotes), SessionRows.of(List.of()),
                List.of(), CheckInRows.of(List.of()), checkInNotes, Insights.of(List.of(), List.of(), BERLIN),
                Optional.empty());

        List<Note> notes = ReportContents.of(period, Optional.empty(), MONDAY, MONDAY.plusDays(13),
                MONDAY.plusDays(14), BERLIN).notes();

        assertEquals(List.of(new Note(MONDAY.plusDays(10), "Check-in", "Bad night"),
                new Note(MONDAY.plusDays(9), "Low back", "Looser"),
                new Note(MONDAY.plusDays(5), "Check-in", "Long drive")), notes);
        assertEquals("Low back: Looser", notes.get(1).line());
    }

    @Test
    void redFlagAnswersShowEachYesWithItsDayOrNoneWithTheDayAsked() {
        java.util.Map<org.unknot.domain.RedFlag, Boolean> answers = new java.util.EnumMap<>(
                org.unknot.domain.RedFlag.class);
        for (org.unknot.domain.RedFlag flag : org.unknot.domain.RedFlag.values()) {
            answers.put(flag, flag == org.unknot.domain.RedFlag.FEVER);
        }
        org.unknot.domain.RedFlagCheck check = new org.unknot.domain.RedFlagCheck(
                MONDAY.plusDays(3).atTime(23, 30).atZone(BERLIN).toInstant(),
                org.unknot.domain.RedFlagReason.MONTHLY, answers);

        ReportContent content = ReportFixtures.content(sessions, checkIns, Insights.of(sessions, checkIns, BERLIN),
                Optional.of(check), Optional.of(" Ada Lovelace, born 10 Dec 1815 "), MONDAY, MONDAY.plusDays(13),
                MONDAY.plusDays(14), BERLIN, CheckInRows.of(List.of()));

        assertEquals(new Fact("Red-flag answers", "yes, 10 Sep 2026: "
                + org.unknot.domain.RedFlag.FEVER.line()), content.safety().get(0));
        assertEquals(Optional.of("Ada Lovelace, born 10 Dec 1815"), content.patient());
    }

    @Test
    void insightsSpeakOfThePatientInTheThirdPerson() {
        for (int day = 0; day < 14; day++) {
            checkIns.add(new DailyPain(MONDAY.plusDays(day), new PainScore(6)));
        }
        session(0, "Low back", 6, 4, "", Tool.FOAM_ROLLER);

        List<String> insights = twoWeeks().insights();

        assertTrue(insights.contains("Daily pain has not fallen by 30 % over 1 week; current 6.0/10"
                + " (baseline 6.0/10)."), insights.toString());
        assertTrue(insights.stream().noneMatch(line -> line.matches("(?i).*\\byour?\\b.*")), insights.toString());
        assertEquals(OptionalDouble.of(6.0), twoWeeks().baseline());
    }

    @Test
    void longRoutineNamesAreShortenedSoTheOthersStillShow() {
        String[] routines = {"A", "B", "C", "D", "E", "F"};
        for (int i = 0; i < routines.length; i++) {
            session(i, routines[i] + " routine with a name far longer than thirty-two characters", null, null, "");
        }

        String used = twoWeeks().summary().get(5).value();

        assertTrue(used.startsWith("A routine with a name far longe… (17 %), "), used);
        assertTrue(used.endsWith("+2 others (33 %)"), used);
    }
}
