package org.unknot.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Evaluates the safety rules of the product over a routine, in step order. */
public final class SafetyRules {

    static final int COLD_BOUT_SECONDS = 600;
    static final int COLD_MAX_SECONDS = 1200;
    static final int COLD_REWARM_GAP_SECONDS = 600;
    static final int LONG_HOLD_SECONDS = 120;
    static final int NECK_FIRM_LEVEL = 4;

    private SafetyRules() {
    }

    public static List<SafetyFinding> evaluate(Routine routine) {
        List<SafetyFinding> findings = new ArrayList<>();
        Map<Area, ColdExposure[]> cold = new EnumMap<>(Area.class);
        int clock = 0;
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            checkStep(i, step, findings);
            if (step.tool() == Tool.COLD_BALL && step.area().isPresent() && step.seconds() <= COLD_MAX_SECONDS) {
                ColdExposure[] sides = cold.computeIfAbsent(step.area().get(),
                        area -> new ColdExposure[] {new ColdExposure(), new ColdExposure()});
                if (coldOverLimit(sides, clock, step)) {
                    findings.add(new SafetyFinding(SafetyRule.COLD_REWARM, i));
                }
            }
            clock += step.plannedSeconds();
        }
        return List.copyOf(findings);
    }

    public static boolean hasErrors(List<SafetyFinding> findings) {
        return findings.stream().anyMatch(SafetyFinding::blocking);
    }

    private static void checkStep(int index, Step step, List<SafetyFinding> findings) {
        boolean onNeck = step.area().filter(area -> area == Area.NECK).isPresent();
        switch (step.tool()) {
            case COLD_BALL -> {
                if (step.seconds() > COLD_MAX_SECONDS) {
                    findings.add(new SafetyFinding(SafetyRule.COLD_MAX, index));
                } else if (step.seconds() > COLD_BOUT_SECONDS) {
                    findings.add(new SafetyFinding(SafetyRule.COLD_BOUT, index));
                }
            }
            case FOAM_ROLLER -> {
                if (onNeck || step.area().filter(area -> area == Area.LOWER_BACK).isPresent()) {
                    findings.add(new SafetyFinding(SafetyRule.SPINE_ROLL, index));
                }
            }
            case HANDHELD_MASSAGER -> {
                boolean firm = step.intensity().filter(intensity -> intensity == Intensity.FIRM).isPresent()
                        || step.level().orElse(0) >= NECK_FIRM_LEVEL;
                if (onNeck && firm) {
                    findings.add(new SafetyFinding(SafetyRule.NECK_FIRM, index));
                }
            }
            case REST -> {
                // a pause carries no risk
            }
        }
        boolean sustained = step.technique()
                .filter(technique -> technique == Technique.TRIGGER_POINT || technique == Technique.DEEP_PRESSURE)
                .isPresent();
        if (sustained && step.tool().worksOnArea() && step.seconds() > LONG_HOLD_SECONDS) {
            findings.add(new SafetyFinding(SafetyRule.LONG_HOLD, index));
        }
    }

    /**
     * Adds a cold step to the left and right halves of its area: a centred step cools both, a left or right step
     * its own side, an {@code each} step the left and then the right, each for its seconds. So the same exposure
     * counts the same whether it is written as one {@code each} step or as a left and a right step.
     */
    private static boolean coldOverLimit(ColdExposure[] sides, int start, Step step) {
        int seconds = step.seconds();
        return switch (step.side()) {
            case CENTER -> sides[0].add(start, seconds) | sides[1].add(start, seconds);
            case LEFT -> sides[0].add(start, seconds);
            case RIGHT -> sides[1].add(start, seconds);
            case EACH -> sides[0].add(start, seconds) | sides[1].add(start + seconds, seconds);
        };
    }

    /** Cold on one side of one area, summed over bouts with less than the rewarm gap between them. */
    private static final class ColdExposure {
        private int lastEnd = Integer.MIN_VALUE / 2;
        private int total;
        private boolean reported;

        /** Adds a bout; true when this bout first takes the side over the limit. */
        boolean add(int start, int seconds) {
            if (start - lastEnd >= COLD_REWARM_GAP_SECONDS) {
                total = 0;
                reported = false;
            }
            total += seconds;
            lastEnd = start + seconds;
            if (total > COLD_MAX_SECONDS && !reported) {
                reported = true;
                return true;
            }
            return false;
        }
    }
}
