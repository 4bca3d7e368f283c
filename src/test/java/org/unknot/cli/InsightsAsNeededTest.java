package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.store.CheckInRecording;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;

/** {@code insights}: as-needed medicine days per week, in a sentence and as {@code asNeeded} in the JSON. */
class InsightsAsNeededTest {

    /** A Monday. */
    private static final LocalDate DAY_0 = LocalDate.of(2026, 9, 7);

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Four weeks of check-ins: yes on every other day of the first two weeks, on one day of the last two. */
    private void fourWeeks(boolean answered) {
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            CheckInRecording recording = new CheckInRecording(storage.pain());
            for (int day = 0; day < 28; day++) {
                boolean yes = day < 14 ? day % 2 == 0 : day == 20;
                Optional<AsNeededAnswer> answer = answered
                        ? Optional.of(yes ? AsNeededAnswer.YES : AsNeededAnswer.NO) : Optional.empty();
                recording.save(new PainEntry(PainKind.CHECK_IN, DAY_0.plusDays(day).atTime(12, 0)
                        .toInstant(ZoneOffset.UTC), new PainScore(yes ? 7 : 4), Set.of(), ""), ZoneOffset.UTC, answer);
            }
        }
    }

    private int run(String... args) {
        List<String> command = new ArrayList<>(List.of("--data-dir", data.toString(), "insights",
                "--from", DAY_0.toString(), "--to", DAY_0.plusDays(27).toString()));
        command.addAll(List.of(args));
        return UnknotCommand.run(command.toArray(String[]::new), (folder, play) -> 7, new PrintWriter(out),
                new PrintWriter(err));
    }

    @Test
    void theSentenceGivesTheDaysPerWeekOfBothWindowsWithTheirCounts() {
        fourWeeks(true);

        assertEquals(0, run(), err.toString());

        assertTrue(out.toString().contains("An as-needed pain medicine was taken on 3.5 days a week in the first "
                + "2 weeks (7 of 14 days; 14 answered) and 0.5 in the last 2 weeks (1 of 14 days; 14 answered)."),
                out.toString());
    }

    @Test
    void theJsonHasAsNeededWithBothWindowsAndTheWeeks() throws Exception {
        fourWeeks(true);

        assertEquals(0, run("--json"), err.toString());

        JsonNode asNeeded = new ObjectMapper().readTree(out.toString()).get("asNeeded");
        assertEquals(3.5, asNeeded.get("baseline").get("daysPerWeek").asDouble());
        assertEquals(7, asNeeded.get("baseline").get("yesDays").asInt());
        assertEquals(14, asNeeded.get("baseline").get("answeredDays").asInt());
        assertEquals(0.5, asNeeded.get("current").get("daysPerWeek").asDouble());
        assertEquals("2026-09-21", asNeeded.get("current").get("firstDay").asText());
        assertEquals(4, asNeeded.get("weeks").size());
        assertEquals(4, asNeeded.get("weeks").get(0).get("yesDays").asInt());
        assertEquals(8, asNeeded.get("yesDays").asInt());
    }

    @Test
    void withoutAnswersAsNeededIsNullAndNoSentenceIsSaid() throws Exception {
        fourWeeks(false);

        assertEquals(0, run("--json"), err.toString());

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertTrue(root.get("asNeeded").isNull());
        root.get("sentences").forEach(sentence -> assertTrue(!sentence.asText().contains("as-needed"), sentence::asText));
    }
}
