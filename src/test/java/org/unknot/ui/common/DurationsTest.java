package org.unknot.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void whatTheClockShowsReadsBackAsTheSameTime() {
        for (int seconds : new int[] {5, 59, 60, 90, 599, 3599, 3600}) {
            assertEquals(OptionalInt.of(seconds), Durations.parseClock(Durations.clock(seconds)), "" + seconds);
        }
    }

    @Test
    void readsMinutesAndSecondsOrPlainSecondsAndRefusesNonsense() {
        assertEquals(OptionalInt.of(90), Durations.parseClock(" 1:30 "));
        assertEquals(OptionalInt.of(90), Durations.parseClock("90"));
        assertEquals(OptionalInt.of(3600), Durations.parseClock("1:00:00"));
        assertEquals(OptionalInt.empty(), Durations.parseClock("1:75"));
        assertEquals(OptionalInt.empty(), Durations.parseClock("1:60:00"));
        assertEquals(OptionalInt.empty(), Durations.parseClock("four"));
        assertEquals(OptionalInt.empty(), Durations.parseClock(""));
        assertEquals(OptionalInt.empty(), Durations.parseClock("4:0"));
    }

    @Test
    void wordsAndClockFormats() {
        assertEquals("45 s", Durations.words(45));
        assertEquals("12 min 30 s", Durations.words(750));
        assertEquals("1 h 5 min", Durations.words(3900));
        assertEquals("04:59", Durations.clock(299));
        assertEquals("1:02:03", Durations.clock(3723));
    }
}
