package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.files.Rfc4180Reader;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;

/** {@code insights}: the verdict a clinician would give on histories built for the purpose, as sentences or JSON. */
class InsightsCommandTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate DAY_0 = LocalDate.of(2026, 9, 7);
    private static final Routine MASSAGER_THEN_COLD = new Routine("Massager then cold", "", PerformedBy.SELF, List.of(
            Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60), Step.rest(20, ""),
            Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300)));
    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 120)));

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private TimeZone previousZone;
    private Storage storage;

    @BeforeEach
    void inBerlin() {
        previousZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(BERLIN));
        storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of);
    }

    @AfterEach
    void restoreZone() {
        if (storage != null) {
            storage.close();
        }
        TimeZone.setDefault(previousZone);
    }

    private int run(String... args) {
        if (storage != null) {
            storage.close();
            storage = null;
        }
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return UnknotCommand.run(all, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode json(String... args) throws Exception {
        String[] withJson = new String[args.length + 2];
        withJson[0] = "insights";
        withJson[1] = "--json";
        System.arraycopy(args, 0, withJson, 2, args.length);
        assertEquals(0, run(withJson), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static Instant at(int day) {
        return DAY_0.plusDays(day).atTime(19, 0).atZone(BERLIN).toInstant();
    }

    /** A completed session: every step done, rated when the scores are not null. */
    private void completed(int day, Routine routine, Integer before, Integer after) {
        long id = storage.sessions().start(Optional.empty(), routine, at(day));
        for (int i = 0; i < routine.steps().size(); i++) {
            storage.sessions().recordStep(id, i, StepOutcome.COMPLETED, routine.steps().get(i).plannedSeconds(), 0);
        }
        storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), at(day).plusSeconds(600));
        rate(id, day, before, after);
    }

    /** Stopped for "pain got worse" 30 s into the first step. */
    private void stoppedForPain(int day, Routine routine, Integer before, Integer after) {
        long id = storage.sessions().start(Optional.empty(), routine, at(day));
        storage.sessions().recordStep(id, 0, StepOutcome.CUT_SHORT, 30, 0);
        storage.sessions().finish(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE),
                at(day).plusSeconds(30));
        rate(id, day, before, after);
    }

    private void rate(long id, int day, Integer before, Integer after) {
        if (before != null) {
            storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, at(day), new PainScore(before), Set.of(), ""));
        }
        if (after != null) {
            storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, at(day), new PainScore(after), Set.of(), ""));
        }
    }

    private void checkIn(int day, int score) {
        storage.pain().checkIn(DAY_0.plusDays(day), new PainEntry(PainKind.CHECK_IN, at(day), new PainScore(score),
                Set.of(), ""));
    }

    @Test
    void risingPainIsAWorseningWarningAndAStoppedMassagerStepCreditsNoColdBall() throws Exception {
        // Pain before 4 → 5 → 6 → 8 → 9 in 12 days, worse after 4 of 5, two stops for "pain got worse".
        completed(0, MASSAGER_THEN_COLD, 4, 3);
        completed(3, MASSAGER_THEN_COLD, 5, 6);
        stoppedForPain(6, MASSAGER_THEN_COLD, 6, 7);
        stoppedForPain(9, MASSAGER_THEN_COLD, 8, 9);
        completed(12, MASSAGER_THEN_COLD, 9, 10);

        JsonNode insights = json();

        assertEquals("worsening", insights.get("suggestion").asText());
        assertEquals(5, insights.get("sessions").asInt());
        assertEquals(5, insights.get("ratedSessions").asInt());
        assertEquals(0, insights.get("clearReliefSessions").asInt(), "4 → 3 is one point: no clear relief");
        assertEquals(4, insights.get("painRoseSessions").asInt());
        assertEquals(List.of("handheld-massager", "cold-ball"), texts(insights.get("tools"), "tool"));
        assertEquals(5, insights.get("tools").get(0).get("sessions").asInt());
        assertEquals(3, insights.get("tools").get(1).get("sessions").asInt(), "stopped during the massager step");
        assertTrue(insights.get("helpedMost").get("routine").isNull());
        assertTrue(insights.get("helpedMost").get("tool").isNull());
        assertEquals("2026-09-07", insights.get("from").asText());
        assertEquals("2026-09-19", insights.get("to").asText());
        assertTrue(insights.get("sentences").get(0).asText().startsWith("Your pain seems to be getting worse"));
    }

    @Test
    void steadyMildPainSuggestsNothing() throws Exception {
        for (int week = 0; week < 6; week++) {
            completed(week * 7, ROLLER, 2, 2);
            completed(week * 7 + 2, ROLLER, 2, 1);
        }
        assertEquals("none", json().get("suggestion").asText());
    }

    @Test
    void aWeekOfCheckInsBeforeTheFirstSessionLeavesTheVerdict() throws Exception {
        for (int week = 1; week < 7; week++) {
            completed(week * 7, ROLLER, 6, 5);
            completed(week * 7 + 2, ROLLER, 6, 6);
        }
        for (int day = 0; day < 7; day++) {
            checkIn(day, 8);
        }

        JsonNode withCheckIns = json();
        out.getBuffer().setLength(0);
        JsonNode sessionsOnly = json("--from", DAY_0.plusDays(7).toString());

        assertEquals("specialist", withCheckIns.get("suggestion").asText());
        assertEquals("pain-before", withCheckIns.get("trend").get("measure").asText());
        assertEquals("specialist", sessionsOnly.get("suggestion").asText());
        assertEquals(withCheckIns.get("trend"), sessionsOnly.get("trend"));
    }

    @Test
    void aClearWinnerIsNamedByItsNameAndSentencesAreThePlainOutput() throws Exception {
        for (int i = 0; i < 10; i++) {
            completed(i, ROLLER, 6, 3);
            completed(i, MASSAGER_THEN_COLD, 6, 5);
        }

        assertEquals("Roller", json().get("helpedMost").get("routine").asText());
        out.getBuffer().setLength(0);
        assertEquals(0, run("insights"), err.toString());
        assertTrue(out.toString().contains("Roller helped most: 3.0 points less right after the session on average"
                + " over 10 rated sessions, against 1.0 for Massager then cold (10 rated sessions; immediate relief)."),
                out.toString());
    }

    @Test
    void theScreenTheReportTheCsvAndInsightsCountTheSameSessions() throws Exception {
        completed(0, ROLLER, 5, 3);
        completed(1, ROLLER, null, null);
        long crashed = storage.sessions().start(Optional.empty(), ROLLER, at(2));
        storage.sessions().recordStep(crashed, 0, StepOutcome.COMPLETED, 120, 0);

        String[] september = {"--from", "2026-09-01", "--to", "2026-09-30"};
        assertEquals(3, json(september).get("sessions").asInt(), "left in progress by a crash: interrupted");
        Path csv = data.resolve("history.csv");
        assertEquals(0, run("export-history", csv.toString(), september[0], september[1], september[2],
                september[3]), err.toString());
        assertEquals(4, Rfc4180Reader.read(Files.readString(csv, StandardCharsets.UTF_8)).size(), "header + 3");
        assertEquals(0, run("report", data.resolve("report.pdf").toString(), september[0], september[1],
                september[2], september[3]), err.toString());
        assertTrue(out.toString().contains("(3 sessions)"), out.toString());
    }

    @Test
    void whereItHurtMostOftenIsCountedInThePeriodAsASentenceAndAsPainAreas() throws Exception {
        storage.pain().checkIn(DAY_0, new PainEntry(PainKind.CHECK_IN, at(0), new PainScore(6),
                Set.of(Area.LOWER_BACK, Area.NECK), ""));
        storage.pain().checkIn(DAY_0.plusDays(1), new PainEntry(PainKind.CHECK_IN, at(1), new PainScore(5),
                Set.of(Area.LOWER_BACK), ""));
        checkIn(2, 5);
        storage.pain().checkIn(DAY_0.plusDays(20), new PainEntry(PainKind.CHECK_IN, at(20), new PainScore(5),
                Set.of(Area.FEET), ""));
        completed(1, ROLLER, 6, null);
        storage.pain().rateSession(storage.sessions().recent(1).get(0).id(), new PainEntry(PainKind.AFTER, at(1),
                new PainScore(4), Set.of(Area.LOWER_BACK, Area.HIPS_GLUTES), ""));

        JsonNode json = json("--from", DAY_0.toString(), "--to", DAY_0.plusDays(10).toString());

        JsonNode areas = json.get("painAreas");
        assertEquals(3, areas.size(), areas.toString());
        assertEquals("lower-back", areas.get(0).get("area").asText());
        assertEquals(3, areas.get(0).get("count").asInt());
        assertEquals(3, areas.get(0).get("of").asInt());
        assertEquals(List.of("neck", "hips-glutes"), List.of(areas.get(1).get("area").asText(),
                areas.get(2).get("area").asText()), "ties in the areas' order, head to feet");
        assertEquals(1, areas.get(2).get("count").asInt());
        assertTrue(json.get("sentences").toString().contains("Where it hurt most often: lower back in 3 of 3 ratings"
                + " that said where (daily check-ins and after sessions), neck in 1, hips and glutes in 1."),
                json.get("sentences").toString());
    }

    @Test
    void aDayThatIsNotADateIsAUserErrorAndAnUnknownOptionAUsageError() {
        assertEquals(1, run("insights", "--from", "2026-13-01"));
        assertTrue(err.toString().contains("is not a date"), err.toString());
        assertEquals(2, run("insights", "--weekly"));
    }

    private static List<String> texts(JsonNode array, String field) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText())
                .toList();
    }
}
