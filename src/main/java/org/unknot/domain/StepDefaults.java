package org.unknot.domain;

import java.util.Optional;
import java.util.OptionalInt;

/** The step a new step of each tool starts as: one click gives something sensible to adjust. */
public final class StepDefaults {

    private StepDefaults() {
    }

    public static Step forTool(Tool tool) {
        return switch (tool) {
            case FOAM_ROLLER -> new Step(tool, Optional.of(Area.UPPER_BACK), Side.CENTER,
                    Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.empty(), 60, "");
            case HANDHELD_MASSAGER -> new Step(tool, Optional.of(Area.LOWER_BACK), Side.CENTER,
                    Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.of(2), 60, "");
            case COLD_BALL -> new Step(tool, Optional.of(Area.LOWER_BACK), Side.CENTER,
                    Optional.of(Technique.CIRCULAR), Optional.of(Intensity.LIGHT), OptionalInt.empty(), 300, "");
            case REST -> Step.rest(15, "");
        };
    }

    /**
     * The step with another tool, keeping what still applies: its side and cue always, its area and technique unless
     * it becomes a rest, its level only on the massager, its seconds clamped to the new tool's range.
     */
    public static Step changeTool(Step step, Tool tool) {
        if (tool == step.tool()) {
            return step;
        }
        Step base = forTool(tool);
        int seconds = Math.max(tool.minSeconds(), Math.min(tool.maxSeconds(), step.seconds()));
        if (!tool.worksOnArea()) {
            return base.withSeconds(seconds).withCue(step.cue());
        }
        return new Step(tool, step.area().or(base::area), step.side(), step.technique().or(base::technique),
                step.intensity().or(base::intensity), tool.hasLevels() ? base.level() : OptionalInt.empty(), seconds,
                step.cue());
    }
}
