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

    private static SessionRecord record(String notes, Set<Tool> tools) {
        return new SessionRecord(1, Optional.empty(), "A", PerformedBy.SELF, Instant.EPOCH, Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 60, 60, Optional.of(new PainScore(6)),
                Optional.of(new PainScore(4)), notes, tools);
    }

    @Test
    void notesAreKeptAndMissingNotesAreEmpty() {
        assertEquals("Slept better", record("Slept better", Set.of()).notes());
        assertEquals("", record(null, Set.of()).notes());
    }

    @Test
    void toolsAreACopyThatCannotChange() {
        Set<Tool> tools = new HashSet<>(Set.of(Tool.COLD_BALL));
        SessionRecord record = record("", tools);
        tools.add(Tool.FOAM_ROLLER);

        assertEquals(Set.of(Tool.COLD_BALL), record.tools());
        assertThrows(UnsupportedOperationException.class, () -> record.tools().add(Tool.REST));
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
