package org.unknot.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A named sequence of timed steps. Name and description are kept trimmed. */
public record Routine(String name, String description, PerformedBy performedBy, List<Step> steps) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DESCRIPTION_LENGTH = 500;
    public static final int MAX_STEPS = 200;

    public Routine {
        name = RoutineText.trim(name);
        description = RoutineText.trim(description);
        Objects.requireNonNull(performedBy, "performedBy");
        steps = List.copyOf(steps);
    }

    /** The key under which names are unique: the same name in any letter case is the same routine. */
    public static String nameKey(String name) {
        return RoutineText.trim(name).toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return nameKey(name);
    }

    /** Planned time in seconds; an {@code each} step counts twice. */
    public int plannedSeconds() {
        return steps.stream().mapToInt(Step::plannedSeconds).sum();
    }

    /** The tools used, in the order of {@link Tool}, rest left out. */
    public Set<Tool> tools() {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        steps.stream().map(Step::tool).filter(Tool::worksOnArea).forEach(tools::add);
        return tools;
    }

    /**
     * The name of the {@code n}th routine of that name: the name itself for 1, else "Name (n)", the name cut on a
     * character boundary so that the whole stays within {@link #MAX_NAME_LENGTH}.
     */
    public static String numberedName(String name, int n) {
        String base = RoutineText.trim(name);
        if (n <= 1) {
            return base;
        }
        String suffix = " (" + n + ")";
        return RoutineText.trim(RoutineText.prefix(base, MAX_NAME_LENGTH - suffix.length())) + suffix;
    }

    public Routine withName(String newName) {
        return new Routine(newName, description, performedBy, steps);
    }
}
