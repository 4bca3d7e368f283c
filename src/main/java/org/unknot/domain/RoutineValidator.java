package org.unknot.domain;

import java.util.ArrayList;
import java.util.List;

/** Checks a routine against the limits of the product and returns every problem at once. */
public final class RoutineValidator {

    private RoutineValidator() {
    }

    public static List<Problem> validate(Routine routine) {
        List<Problem> problems = new ArrayList<>();
        checkName(routine.name(), problems);
        int description = RoutineText.length(routine.description());
        if (description > Routine.MAX_DESCRIPTION_LENGTH) {
            problems.add(Problem.ofRoutine("description", "The description is " + description
                    + " characters; shorten it to " + Routine.MAX_DESCRIPTION_LENGTH + " or fewer."));
        }
        RoutineText.forbidden(routine.description()).ifPresent(what -> problems.add(Problem.ofRoutine("description",
                "The description contains " + what + "; remove it.")));
        if (routine.steps().isEmpty()) {
            problems.add(Problem.ofRoutine("steps", "A routine needs at least one step; add one."));
        } else if (routine.steps().size() > Routine.MAX_STEPS) {
            problems.add(Problem.ofRoutine("steps", "A routine has at most " + Routine.MAX_STEPS + " steps; this one has "
                    + routine.steps().size() + "."));
        }
        for (int i = 0; i < routine.steps().size(); i++) {
            checkStep(i, routine.steps().get(i), problems);
        }
        return List.copyOf(problems);
    }

    /** The problems of a name alone, for fields that check as the user types. */
    public static List<Problem> validateName(String name) {
        List<Problem> problems = new ArrayList<>();
        checkName(RoutineText.trim(name), problems);
        return List.copyOf(problems);
    }

    private static void checkName(String name, List<Problem> problems) {
        int length = RoutineText.length(name);
        if (name.isEmpty()) {
            problems.add(Problem.ofRoutine("name", "Give the routine a name."));
        } else if (length > Routine.MAX_NAME_LENGTH) {
            problems.add(Problem.ofRoutine("name", "The name is " + length + " characters; shorten it to "
                    + Routine.MAX_NAME_LENGTH + " or fewer."));
        } else if (RoutineText.invisible(name)) {
            problems.add(Problem.ofRoutine("name", "The name has no visible characters; give the routine a name "
                    + "people can read."));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.ofRoutine("name", "The name contains a control character (such as a tab or line break); "
                    + "remove it."));
        }
        RoutineText.forbidden(name).ifPresent(what -> problems.add(Problem.ofRoutine("name",
                "The name contains " + what + "; remove it.")));
    }

    private static void checkStep(int index, Step step, List<Problem> problems) {
        Tool tool = step.tool();
        if (tool.worksOnArea() && step.area().isEmpty()) {
            problems.add(Problem.ofStep(index, "area", "choose the area for the " + tool.label().toLowerCase() + "."));
        }
        if (!tool.worksOnArea()) {
            if (step.area().isPresent()) {
                problems.add(Problem.ofStep(index, "area", "a rest has no area; remove it."));
            }
            if (step.technique().isPresent()) {
                problems.add(Problem.ofStep(index, "technique", "a rest has no technique; remove it."));
            }
            if (step.intensity().isPresent()) {
                problems.add(Problem.ofStep(index, "intensity", "a rest has no intensity; remove it."));
            }
        }
        if (step.level().isPresent()) {
            int level = step.level().getAsInt();
            if (!tool.hasLevels()) {
                problems.add(Problem.ofStep(index, "level", "a level is only for the handheld massager; remove it."));
            } else if (level < Step.MIN_LEVEL || level > Step.MAX_LEVEL) {
                problems.add(Problem.ofStep(index, "level", "level must be between " + Step.MIN_LEVEL + " and "
                        + Step.MAX_LEVEL + "."));
            }
        }
        if (step.seconds() < tool.minSeconds() || step.seconds() > tool.maxSeconds()) {
            String what = tool.worksOnArea() ? "seconds" : "a rest's seconds";
            problems.add(Problem.ofStep(index, "seconds", what + " must be between " + tool.minSeconds() + " and "
                    + tool.maxSeconds() + "."));
        }
        int cue = RoutineText.length(step.cue());
        if (cue > Step.MAX_CUE_LENGTH) {
            problems.add(Problem.ofStep(index, "cue", "the cue is " + cue + " characters; shorten it to "
                    + Step.MAX_CUE_LENGTH + " or fewer."));
        }
        RoutineText.forbidden(step.cue()).ifPresent(what -> problems.add(Problem.ofStep(index, "cue",
                "the cue contains " + what + "; remove it.")));
    }
}
