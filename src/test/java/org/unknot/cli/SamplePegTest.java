package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.DailyPain;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PegDay;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** The sample history answers the weekly PEG on most weeks, in line with the pain it checks in. */
class SamplePegTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path data;

    @Test
    void mostWeeksHaveAnAnswerNearTheirCheckInsWithInterferenceWithinTwoPoints() {
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), StarterRoutines::load)) {
            SampleHistory.generate(storage, 300, 3, TODAY, BERLIN);
            List<DailyPain> checkIns = storage.pain().checkIns(LocalDate.MIN.plusYears(1), TODAY);
            LocalDate first = PegAnswer.weekOf(checkIns.get(0).day());
            long weeks = (TODAY.toEpochDay() - first.toEpochDay()) / 7 + 1;
            List<PegDay> answers = storage.peg().answeredDays(Optional.empty(), Optional.empty(), BERLIN);

            assertTrue(answers.size() >= weeks * 0.65 && answers.size() < weeks, answers.size() + " of " + weeks);
            for (PegDay answered : answers) {
                PegAnswer answer = answered.answer();
                assertEquals(answer.week(), PegAnswer.weekOf(answered.day()), "given during its week");
                assertTrue(answered.day().isBefore(TODAY));
                assertTrue(Math.abs(answer.enjoyment() - answer.pain()) <= 2, answer.toString());
                assertTrue(Math.abs(answer.activity() - answer.pain()) <= 2, answer.toString());
                double mean = checkIns.stream().filter(day -> PegAnswer.weekOf(day.day()).equals(answer.week()))
                        .mapToInt(day -> day.score().value()).average().orElse(answer.pain());
                assertTrue(Math.abs(answer.pain() - mean) <= 1.6, answer + " against a mean check-in of " + mean);
            }
        }
    }
}
