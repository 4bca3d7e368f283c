package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.RoutineValidator;
import org.unknot.domain.SafetyRules;
import org.unknot.domain.Tool;

class StarterRoutinesTest {

    private final List<Routine> starters = StarterRoutines.load();

    @Test
    void thereAreAtLeastFourStarters() {
        assertTrue(starters.size() >= 4, "starters: " + starters.size());
    }

    @Test
    void everyStarterIsValid() {
        for (Routine routine : starters) {
            assertEquals(List.of(), RoutineValidator.validate(routine), routine.name());
        }
    }

    @Test
    void starterNamesAreUniqueIgnoringCase() {
        Set<String> keys = starters.stream().map(Routine::nameKey).collect(Collectors.toSet());

        assertEquals(starters.size(), keys.size(), starters.stream().map(Routine::name).toList().toString());
    }

    @Test
    void noStarterHasASafetyFinding() {
        for (Routine routine : starters) {
            assertEquals(List.of(), SafetyRules.evaluate(routine), routine.name());
        }
    }

    @Test
    void atLeastOneStarterIsForAPartner() {
        assertTrue(starters.stream().anyMatch(routine -> routine.performedBy() == PerformedBy.PARTNER));
    }

    @Test
    void startersTogetherUseEveryTool() {
        Set<Tool> used = EnumSet.noneOf(Tool.class);
        starters.forEach(routine -> used.addAll(routine.tools()));

        assertEquals(EnumSet.of(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL), used);
    }

    @Test
    void everyStarterHasADescriptionAndCues() {
        for (Routine routine : starters) {
            assertFalse(routine.description().isEmpty(), routine.name());
            assertTrue(routine.steps().stream().allMatch(step -> !step.cue().isEmpty()), routine.name());
        }
    }

    @Test
    void everyStarterSurvivesAnExportRoundTrip() throws Exception {
        for (Routine routine : starters) {
            assertEquals(routine, RoutineFile.parse("starter.json", RoutineFile.toBytes(routine)), routine.name());
        }
    }
}
