package org.unknot.session;

import java.util.ArrayList;
import java.util.List;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;

/** A routine laid out as the segments the player runs through: an {@code each} step becomes left, then right. */
public record SessionPlan(Routine routine, List<Segment> segments) {

    public SessionPlan {
        segments = List.copyOf(segments);
    }

    public static SessionPlan of(Routine routine) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            if (step.side() == Side.EACH) {
                segments.add(new Segment(i, step, Side.LEFT));
                segments.add(new Segment(i, step, Side.RIGHT));
            } else {
                segments.add(new Segment(i, step, step.side()));
            }
        }
        return new SessionPlan(routine, segments);
    }
}
