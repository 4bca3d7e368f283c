package org.unknot.ui.routines;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.unknot.domain.PerformedBy;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Durations;

/** The line under a routine's name: "11 min  ·  5 steps  ·  with a partner  ·  handheld massager, cold ball". */
final class RoutineDescription {

    private RoutineDescription() {
    }

    static String of(RoutineSummary routine) {
        List<String> parts = new ArrayList<>();
        parts.add(Durations.words(routine.plannedSeconds()));
        parts.add(routine.stepCount() == 1 ? "1 step" : routine.stepCount() + " steps");
        if (routine.performedBy() == PerformedBy.PARTNER) {
            parts.add("with a partner");
        }
        if (!routine.tools().isEmpty()) {
            parts.add(routine.tools().stream().sorted().map(tool -> tool.label().toLowerCase())
                    .collect(Collectors.joining(", ")));
        }
        return String.join("  ·  ", parts);
    }
}
