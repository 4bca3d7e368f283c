package org.unknot.store;

import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;

/** A step of a recorded session as it was played: the step, how it ended, the seconds done and added with +30 s. */
public record PlayedStep(Step step, StepOutcome outcome, int doneSeconds, int addedSeconds) {
}
