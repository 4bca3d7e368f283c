package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PainChangesTest {

    private static PainChanges of(int... changes) {
        PainChanges counted = new PainChanges();
        for (int change : changes) {
            counted.add(change);
        }
        return counted;
    }

    @Test
    void withoutChangesThereIsNoMedian() {
        assertEquals(OptionalDouble.empty(), of().median());
        assertEquals(0, of().count());
    }

    @Test
    void anOddCountTakesTheMiddleChange() {
        assertEquals(OptionalDouble.of(-2), of(3, -2, -5).median());
        assertEquals(OptionalDouble.of(-10), of(-10).median());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleChanges() {
        assertEquals(OptionalDouble.of(-1.5), of(-3, 0, -1, -2).median());
        assertEquals(OptionalDouble.of(0), of(-10, 10).median());
        assertEquals(4, of(-3, 0, -1, -2).count());
    }

    @Test
    void aChangeBeyondTheScaleIsRefused() {
        assertEquals(OptionalDouble.of(10), of(10).median());
        assertThrows(IllegalArgumentException.class, () -> of(11));
        assertThrows(IllegalArgumentException.class, () -> of(-11));
    }
}
