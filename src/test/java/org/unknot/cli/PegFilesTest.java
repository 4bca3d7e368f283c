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
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PegAnswer;
import org.unknot.files.Rfc4180Reader;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;

/** The weekly PEG in the command line's files: the check-ins CSV and {@code insights --json}. */
class PegFilesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate WEEK_0 = LocalDate.of(2026, 9, 7);

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private TimeZone previousZone;

    @BeforeEach
    void inBerlin() {
        previousZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(BERLIN));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(previousZone);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return UnknotCommand.run(all, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toInstant();
    }

    /** Weekly check-ins on Wednesdays, and PEG answers with each item {@code items[i]} in week i. */
    private void record(int... items) {
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            for (int week = 0; week < items.length; week++) {
                LocalDate wednesday = WEEK_0.plusWeeks(week).plusDays(2);
                storage.pain().checkIn(wednesday, new PainEntry(PainKind.CHECK_IN, at(wednesday, 20),
                        new PainScore(items[week]), Set.of(), ""));
                int value = items[week];
                storage.peg().save(new PegAnswer(WEEK_0.plusWeeks(week), value, value, value), at(wednesday, 21));
            }
        }
    }

    @Test
    void thePegItemsGoOnTheRowOfTheDayTheyWereGivenAndADayWithOnlyAPegAnswerHasEmptyPain() throws Exception {
        record(6);
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            // answered on the Sunday of the next week, after midnight UTC but before it in Berlin: its Berlin day
            storage.peg().save(new PegAnswer(WEEK_0.plusWeeks(1), 5, 4, 3), at(WEEK_0.plusDays(13), 0));
        }
        Path file = data.resolve("check-ins.csv");

        assertEquals(0, run("export-checkins", file.toString()), err.toString());

        assertEquals(List.of(
                List.of("day", "pain", "flare", "peg_pain", "peg_enjoyment", "peg_activity", "as_needed_medicine",
                        "areas", "note"),
                List.of("2026-09-09", "6", "no", "6", "6", "6", "", "", ""),
                List.of("2026-09-20", "", "", "5", "4", "3", "", "", "")),
                Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8)));
        assertTrue(out.toString().contains("Wrote 2 check-ins"), out.toString());

        assertEquals(0, run("export-checkins", file.toString(), "--to", "2026-09-19"), err.toString());
        assertEquals(2, Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8)).size(),
                "the answer of the 20th is outside the range");
    }

    @Test
    void insightsGiveThePegBaselineAndCurrentInTheirJsonAndSentences() throws Exception {
        record(8, 6, 5, 5, 4);

        assertEquals(0, run("insights", "--json"), err.toString());
        JsonNode peg = new ObjectMapper().readTree(out.toString()).get("peg");
        assertEquals(7.0, peg.get("baseline").asDouble(), 1e-9);
        assertEquals(4.5, peg.get("current").asDouble(), 1e-9);
        assertEquals(5, peg.get("answers").asInt());
        assertTrue(peg.get("clearImprovement").asBoolean());
        assertTrue(out.toString().contains("7.0/10 at first (first 2 answers) and 4.5/10 now (last 2 answers),"
                + " 36 % lower over 5 answers: a clear improvement in how pain interferes."), out.toString());
    }

    @Test
    void withFewerThanFourAnswersTheJsonHasNoBaselineOrCurrent() throws Exception {
        record(8, 6, 5);

        assertEquals(0, run("insights", "--json"), err.toString());
        JsonNode peg = new ObjectMapper().readTree(out.toString()).get("peg");
        assertTrue(peg.get("baseline").isNull());
        assertTrue(peg.get("current").isNull());
        assertEquals(3, peg.get("answers").asInt());
    }
}
