package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** As-needed days per week: the two windows, the weeks, and the sentence that only gives the numbers. */
class AsNeededUseTest {

    /** A Monday. */
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 7);

    private static CheckInRecord checkIn(LocalDate day, Optional<AsNeededAnswer> answer) {
        return new CheckInRecord(day, new PainScore(5), Set.of(), "", answer);
    }

    @Test
    void eachWindowCountsItsYesDaysPerWeekAndItsAnsweredDays() {
        List<CheckInRecord> checkIns = new ArrayList<>();
        for (int day = 0; day < 42; day++) {
            Optional<AsNeededAnswer> answer = day % 3 == 2 ? Optional.empty()
                    : Optional.of(day < 14 && day % 2 == 0 ? AsNeededAnswer.YES : AsNeededAnswer.NO);
            checkIns.add(checkIn(FIRST.plusDays(day), answer));
        }
        checkIns.set(41, checkIn(FIRST.plusDays(41), Optional.of(AsNeededAnswer.YES)));

        AsNeededUse use = AsNeededUse.of(checkIns, FIRST, FIRST.plusDays(41));

        assertEquals(new AsNeededUse.Window(FIRST, FIRST.plusDays(13), 5, 10), use.baseline());
        assertEquals(new AsNeededUse.Window(FIRST.plusDays(28), FIRST.plusDays(41), 1, 10), use.current());
        assertEquals(2.5, use.baseline().daysPerWeek(), 1e-9);
        assertEquals(0.5, use.current().daysPerWeek(), 1e-9);
        assertEquals(6, use.weeks().size());
        assertEquals(new AsNeededUse.Week(FIRST, 3, 5), use.weeks().get(0));
        assertEquals(6, use.yesDays());
        assertEquals(Optional.of("An as-needed pain medicine was taken on 2.5 days a week in the first 2 weeks "
                + "(5 of 14 days; 10 answered) and 0.5 in the last 2 weeks (1 of 14 days; 10 answered)."), use.sentence());
    }

    @Test
    void aShortPeriodHasWindowsAsLongAsItselfAndWeeksFromItsMonday() {
        LocalDate wednesday = FIRST.plusDays(2);
        AsNeededUse use = AsNeededUse.of(List.of(checkIn(wednesday, Optional.of(AsNeededAnswer.YES))), wednesday,
                wednesday.plusDays(9));

        assertEquals(10, use.baseline().days());
        assertEquals(new AsNeededUse.Week(FIRST, 1, 1), use.weeks().get(0));
        assertEquals(2, use.weeks().size());
        assertEquals(0.7, use.current().daysPerWeek(), 1e-9);
    }

    @Test
    void withoutAnAnswerThereIsNoSentence() {
        AsNeededUse use = AsNeededUse.of(List.of(checkIn(FIRST, Optional.empty())), FIRST, FIRST.plusDays(13));

        assertEquals(Optional.empty(), use.sentence());
        assertEquals(0, use.answeredDays());
    }
}
