package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.unknot.domain.GentleVersion;
import org.unknot.domain.Intensity;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.SessionRecording;
import org.unknot.store.Storage;

/** {@code insights} read from the data file counts flare days and tells gentle sessions from full ones. */
class FlareInsightsCommandTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate DAY_0 = LocalDate.of(2026, 9, 7);
    private static final Routine FIRM = new Routine("Firm roller", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 120).withIntensity(Intensity.FIRM)));

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

    private JsonNode json() throws Exception {
        storage.close();
        storage = null;
        assertEquals(0, UnknotCommand.run(new String[] {"--data-dir", data.toString(), "insights", "--json"},
                (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err)), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static Instant at(int day) {
        return DAY_0.plusDays(day).atTime(19, 0).atZone(BERLIN).toInstant();
    }

    private void session(int day, boolean gentle, int before, int after) {
        Routine played = gentle ? GentleVersion.of(FIRM).routine() : FIRM;
        long id = new SessionRecording(storage.sessions(), storage.pain()).start(Optional.empty(), played, at(day),
                Optional.of(new PainScore(before)), gentle);
        storage.sessions().recordStep(id, 0, StepOutcome.COMPLETED, played.steps().get(0).seconds(), 0);
        storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), at(day).plusSeconds(120));
        storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, at(day), new PainScore(after), Set.of(), ""));
    }

    private void checkIn(int day, int score, boolean flare) {
        storage.pain().checkIn(DAY_0.plusDays(day), new PainEntry(PainKind.CHECK_IN, at(day), new PainScore(score),
                Set.of(), "", flare));
    }

    @Test
    void flareDaysAndGentleSessionsAreInTheJsonAndTheSentences() throws Exception {
        checkIn(0, 8, true);
        checkIn(1, 4, false);
        checkIn(8, 9, true);
        checkIn(9, 8, true);
        for (int day = 0; day < 3; day++) {
            session(day, true, 8, 7);
            session(day + 3, false, 6, 3);
        }

        JsonNode json = json();

        assertEquals(3, json.get("flareDays").asInt());
        JsonNode gentle = json.get("gentle");
        assertEquals(3, gentle.get("gentleSessions").asInt());
        assertEquals(3, gentle.get("fullSessions").asInt());
        assertEquals(1.0, gentle.get("meanReliefGentle").asDouble(), 1e-9);
        assertEquals(3.0, gentle.get("meanReliefFull").asDouble(), 1e-9);
        String sentences = json.get("sentences").toString();
        assertTrue(sentences.contains("3 flare days marked in your check-ins; 3 sessions played gently and 3 as "
                + "planned."), sentences);
        assertTrue(sentences.contains("Immediate relief averaged 1.0 points in gentle sessions (3 rated) and 3.0 in "
                + "full ones (3 rated)."), sentences);
    }

    @Test
    void tooFewRatedGentleSessionsGiveNoMeans() throws Exception {
        session(0, true, 8, 7);
        session(1, false, 6, 3);

        JsonNode gentle = json().get("gentle");

        assertEquals(1, gentle.get("gentleSessions").asInt());
        assertTrue(gentle.get("meanReliefGentle").isNull());
        assertTrue(gentle.get("meanReliefFull").isNull());
    }
}
