package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSizeTest {

    @Test
    void stepsByTenAndStopsAtTheLimits() {
        assertEquals(new TextSize(110), TextSize.NORMAL.larger());
        assertEquals(new TextSize(190), new TextSize(200).smaller());
        assertEquals(new TextSize(200), new TextSize(200).larger(), "the largest stays the largest");
        assertEquals(TextSize.NORMAL, TextSize.NORMAL.smaller(), "the normal size is the smallest");
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "99, 100", "104, 100", "105, 110", "154, 150", "196, 200", "250, 200"})
    void aRequestedSizeBecomesTheNearestThatCanBeChosen(int requested, int chosen) {
        assertEquals(new TextSize(chosen), TextSize.nearest(requested));
    }

    @Test
    void aSizeOutsideTheLimitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextSize(99));
        assertThrows(IllegalArgumentException.class, () -> new TextSize(201));
    }

    @Test
    void scalesFromOneToTwoAndReadsAsAPercentage() {
        assertEquals(1.5, new TextSize(150).scale());
        assertEquals(2.0, new TextSize(200).scale());
        assertEquals("150 %", new TextSize(150).label());
    }
}
