package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ToolAreaTallyTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 9, 7);
    private static final ToolArea ROLLER_THIGHS = new ToolArea(Tool.FOAM_ROLLER, Area.THIGHS);
    private static final ToolArea ROLLER_CALVES = new ToolArea(Tool.FOAM_ROLLER, Area.CALVES);
    private static final ToolArea COLD_FEET = new ToolArea(Tool.COLD_BALL, Area.FEET);
    private static final ToolArea COLD_LOWER_BACK = new ToolArea(Tool.COLD_BALL, Area.LOWER_BACK);

    @Test
    void eachPairCountsItsSessionsDistinctWeeksAndTheChangesOfRatedSessionsOnly() {
        ToolAreaTally tally = new ToolAreaTally();
        tally.add(COLD_FEET, WEEK, Optional.of(-2));
        tally.add(COLD_FEET, WEEK, Optional.empty());
        tally.add(COLD_FEET, WEEK.plusWeeks(1), Optional.of(-1));

        assertEquals(List.of(new ToolAreaUse(COLD_FEET, 3, 2, 90, OptionalDouble.of(-1.5), 2)),
                tally.uses(Map.of(COLD_FEET, 90L)));
    }

    @Test
    void mostSessionsComeFirstThenToolAndAreaInVocabularyOrder() {
        ToolAreaTally tally = new ToolAreaTally();
        tally.add(COLD_FEET, WEEK, Optional.empty());
        tally.add(ROLLER_THIGHS, WEEK, Optional.empty());
        tally.add(ROLLER_CALVES, WEEK, Optional.empty());
        tally.add(COLD_FEET, WEEK, Optional.empty());
        tally.add(COLD_LOWER_BACK, WEEK, Optional.empty());

        assertEquals(List.of(COLD_FEET, ROLLER_THIGHS, ROLLER_CALVES, COLD_LOWER_BACK),
                tally.uses(Map.of()).stream().map(ToolAreaUse::pair).toList());
        assertEquals(0, tally.uses(Map.of()).get(1).doneSeconds(), "a pair without seconds summed ran none");
    }
}
