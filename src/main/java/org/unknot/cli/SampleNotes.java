package org.unknot.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;

/** Notes for made-up sessions; a note that names a tool goes only on a session where that tool really ran. */
final class SampleNotes {

    private record Note(String text, Optional<Tool> tool) {
        Note(String text) {
            this(text, Optional.empty());
        }

        Note(String text, Tool tool) {
            this(text, Optional.of(tool));
        }

        boolean fits(Set<Tool> used) {
            return tool.isEmpty() || used.contains(tool.get());
        }
    }

    private static final List<Note> NOTES = List.of(new Note("Felt looser afterwards"),
            new Note("Tight after a long day at the desk"), new Note("Slept badly, back stiff in the morning"),
            new Note("Better than last week"), new Note("Neck tense after driving"),
            new Note("Cold ball straight from the freezer, too cold at first", Tool.COLD_BALL),
            new Note("The cold ball took the edge off", Tool.COLD_BALL),
            new Note("Kept the massager on a low level, that was plenty", Tool.HANDHELD_MASSAGER),
            new Note("Went slowly on the roller, much better", Tool.FOAM_ROLLER));
    private static final List<Note> EQUIPMENT = List.of(new Note("Massager battery ran out", Tool.HANDHELD_MASSAGER),
            new Note("The cold ball had thawed", Tool.COLD_BALL),
            new Note("The roller kept slipping on the floor", Tool.FOAM_ROLLER));

    private final SplittableRandom random;

    SampleNotes(SplittableRandom random) {
        this.random = random;
    }

    /** A note about the session, fitting the tools {@code used}. */
    String any(Set<Tool> used) {
        List<Note> fitting = NOTES.stream().filter(note -> note.fits(used)).toList();
        return fitting.get(random.nextInt(fitting.size())).text();
    }

    /** Why it stopped, in the user's words, or nothing (a quarter of stops); equipment names the tool it stopped at. */
    String forStop(StopReason reason, Tool stoppedAt, Set<Tool> used) {
        if (random.nextDouble() < 0.25) {
            return "";
        }
        return switch (reason) {
            case PAIN_WORSE -> "Pressure on the knot was too much";
            case OUT_OF_TIME -> "Had to leave";
            case EQUIPMENT -> EQUIPMENT.stream().filter(note -> note.tool().equals(Optional.of(stoppedAt)))
                    .filter(note -> note.fits(used)).map(Note::text).findFirst().orElse("");
            case OTHER -> "";
        };
    }
}
