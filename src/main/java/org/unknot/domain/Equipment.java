package org.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What to have ready before a routine, derived from its steps. */
public final class Equipment {

    private Equipment() {
    }

    public static List<String> checklist(Routine routine) {
        Set<Tool> tools = routine.tools();
        List<String> items = new ArrayList<>();
        if (tools.contains(Tool.COLD_BALL)) {
            items.add("Cold ball: into the freezer at least 2 hours before.");
            items.add("A thin towel to wrap the cold ball.");
        }
        if (tools.contains(Tool.FOAM_ROLLER)) {
            items.add("Foam roller: a firm one about 15 cm across; a softer one if rolling hurts.");
        }
        if (tools.contains(Tool.HANDHELD_MASSAGER)) {
            int highest = routine.steps().stream().filter(step -> step.tool() == Tool.HANDHELD_MASSAGER)
                    .mapToInt(step -> step.level().orElse(Step.MIN_LEVEL)).max().orElse(Step.MIN_LEVEL);
            items.add("Handheld massager, charged, with a soft head; speeds up to level " + highest + ".");
        }
        if (!tools.isEmpty()) {
            items.add("A mat or a carpet to lie on.");
        }
        if (routine.performedBy() == PerformedBy.PARTNER) {
            items.add("Your helper, who reads the cues from the screen.");
        }
        return List.copyOf(items);
    }
}
