package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PainScoreTest {

    @Test
    void acceptsEveryWholeNumberFromZeroToTen() {
        for (int value = 0; value <= 10; value++) {
            assertEquals(value, new PainScore(value).value());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesValuesOutsideTheScale(int value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PainScore(value));
        assertEquals("Pain is rated from 0 to 10; got " + value + ".", e.getMessage());
    }

    @Test
    void parseReadsATypedNumberWithSpaces() {
        assertEquals(Optional.of(new PainScore(3)), PainScore.parse(" 3 "));
        assertEquals(Optional.of(new PainScore(0)), PainScore.parse("0"));
        assertEquals(Optional.of(new PainScore(10)), PainScore.parse("10"));
        assertEquals(Optional.of(new PainScore(7)), PainScore.parse("07"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "11", "3.5", "-1", "", "   ", "99", "100", "3 4", "+3", "３", "3,0"})
    void parseIsEmptyForAnythingButAWholeNumberFromZeroToTen(String text) {
        assertEquals(Optional.empty(), PainScore.parse(text));
    }

    @ParameterizedTest
    @NullSource
    void parseIsEmptyForNull(String text) {
        assertEquals(Optional.empty(), PainScore.parse(text));
    }
}
