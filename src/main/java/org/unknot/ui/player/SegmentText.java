package org.unknot.ui.player;

import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.Segment;
import org.unknot.ui.common.Durations;

/** How a segment is named on the player and spoken aloud. */
final class SegmentText {

    private SegmentText() {
    }

    /** "Lower back", or "Rest" for a pause. */
    static String area(Segment segment) {
        return segment.step().area().map(area -> area.label()).orElse(segment.step().tool().label());
    }

    /** "Left side", "Right side", or empty for the center. */
    static String side(Segment segment) {
        return segment.side() == Side.CENTER ? "" : segment.side().label();
    }

    /** "Cold ball, lower back, left side": what the voice says when a segment starts. */
    static String spoken(Segment segment) {
        Step step = segment.step();
        if (step.tool() == Tool.REST) {
            return step.cue().isEmpty() ? "Rest" : "Rest. " + step.cue();
        }
        StringBuilder text = new StringBuilder(step.tool().label());
        step.area().ifPresent(area -> text.append(", ").append(area.label().toLowerCase()));
        if (segment.side() != Side.CENTER) {
            text.append(", ").append(segment.side().label().toLowerCase());
        }
        return text.toString();
    }

    /** "Medium pressure", or empty when the step names none. */
    static String pressure(Step step) {
        return step.intensity().map(intensity -> intensity.label() + " pressure").orElse("");
    }

    /** "Level 2", the massager's speed, or empty when the step names none. */
    static String level(Step step) {
        return step.level().isPresent() ? "Level " + step.level().getAsInt() : "";
    }

    /** "Switch to the right side" on the second side of an {@code each} step; empty on any other segment. */
    static String switchTo(Segment segment) {
        return segment.step().side() == Side.EACH && segment.side() == Side.RIGHT
                ? "Switch to the " + segment.side().label().toLowerCase() : "";
    }

    /** "Next: Cold ball · Lower back · Left side · 5 min". */
    static String next(Segment segment) {
        StringBuilder text = new StringBuilder("Next: ").append(segment.step().tool().label());
        segment.step().area().ifPresent(area -> text.append("  ·  ").append(area.label()));
        if (segment.side() != Side.CENTER) {
            text.append("  ·  ").append(segment.side().label());
        }
        return text.append("  ·  ").append(Durations.words(segment.step().seconds())).toString();
    }
}
