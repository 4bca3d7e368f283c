package org.unknot.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void aDayFollowsTheLocaleWithItsWeekday() {
        assertEquals("Sun 29 Nov 2026", new Formats(Locale.UK).dayOf(DAY));
        assertEquals("Sun Nov 29, 2026", new Formats(Locale.US).dayOf(DAY));
    }

    @Test
    void aChartsDayDropsOnlyTheYear() {
        assertEquals("29 Nov", new Formats(Locale.UK).dayOfMonthOf(DAY));
        assertEquals("Nov 29", new Formats(Locale.US).dayOfMonthOf(DAY));
    }

    @Test
    void aPainChangeShowsBothScoresAndTheSignedDifference() {
        assertEquals("6 → 4  −2", Formats.painChange(Optional.of(6), Optional.of(4)));
        assertEquals("3 → 5  +2", Formats.painChange(Optional.of(3), Optional.of(5)));
        assertEquals("5 → 5  ±0", Formats.painChange(Optional.of(5), Optional.of(5)));
        assertEquals("6 → –", Formats.painChange(Optional.of(6), Optional.empty()));
    }
}
