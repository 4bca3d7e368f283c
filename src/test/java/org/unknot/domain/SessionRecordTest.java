package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionRecordTest {

    private static SessionRecord record(String notes, Set<ToolArea> worked) {
        return new SessionRecord(1, Optional.empty(), "A", PerformedBy.SELF, Instant.EPOCH, Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 60, 60, Optional.of(new PainScore(6)),
                Optional.of(new PainScore(4)), notes, worked);
    }

    @Test
    void notesAreKeptAndMissingNotesAreEmpty() {
        assertEquals("Slept better", record("Slept better", Set.of()).notes());
        assertEquals("", record(null, Set.of()).notes());
    }

    @Test
    void toolsAndAreasComeFromWhatWasWorkedOnAndCannotChange() {
        Set<ToolArea> worked = new HashSet<>(Set.of(new ToolArea(Tool.COLD_BALL, Area.CALVES),
                new ToolArea(Tool.COLD_BALL, Area.FEET), new ToolArea(Tool.FOAM_ROLLER, Area.CALVES)));
        SessionRecord record = record("", worked);
        worked.add(new ToolArea(Tool.HANDHELD_MASSAGER, Area.NECK));

        assertEquals(Set.of(Tool.COLD_BALL, Tool.FOAM_ROLLER), record.tools());
        assertEquals(Set.of(Area.CALVES, Area.FEET), record.areas());
        assertEquals(3, record.worked().size());
        assertThrows(UnsupportedOperationException.class, () -> record.tools().add(Tool.REST));
        assertThrows(UnsupportedOperationException.class, () -> record.areas().add(Area.NECK));
    }

    @Test
    void aRestWorksOnNoArea() {
        assertThrows(IllegalArgumentException.class, () -> new ToolArea(Tool.REST, Area.NECK));
    }

    @Test
    void reliefIsBeforeMinusAfterAndChangeIsTheOpposite() {
        assertEquals(Optional.of(2), record("", Set.of()).relief());
        assertEquals(Optional.of(-2), record("", Set.of()).painChange());
    }

    @Test
    void aRoutinesNameKeyIgnoresCaseAndSurroundingSpace() {
        assertEquals("low back", new Routine("  Low Back ", "", PerformedBy.SELF,
                java.util.List.of(Step.rest(10, ""))).nameKey());
    }

    @Test
    void everyTechniqueSaysHowItIsDone() {
        for (Technique technique : Technique.values()) {
            assertTrue(technique.howTo().endsWith("."), technique + ": " + technique.howTo());
        }
    }
}
