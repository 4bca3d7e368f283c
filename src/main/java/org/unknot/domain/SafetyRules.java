package org.unknot.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Evaluates the safety rules of the product over a routine, in step order. */
public final class SafetyRules {

    static final int LONG_HOLD_SECONDS = 120;
    static final int MASSAGER_DWELL_SECONDS = 120;
    static final int NECK_FIRM_LEVEL = 4;

    private static final Set<Technique> SUSTAINED = Set.of(Technique.TRIGGER_POINT, Technique.DEEP_PRESSURE);
    private static final Set<Technique> STATIC = Set.of(Technique.TRIGGER_POINT, Technique.DEEP_PRESSURE,
            Technique.MYOFASCIAL_RELEASE);
    private static final Comparator<SafetyFinding> STEP_ORDER = Comparator.comparingInt(SafetyFinding::step)
            .thenComparing(SafetyFinding::rule);

    private SafetyRules() {
    }

    /**
     * Time adds up per side of an area (see {@link SideExposure}): cold into bouts ({@link ColdBouts}); massager
     * time and sustained pressure over the whole routine, each reported once per side at the step that crosses its
     * limit. The massager's limit counts per side because the risk is the load on one muscle, and the left and right
     * halves of an area are different muscles: "each side 60 s" twice is 2 minutes on each, not 4 on one.
     */
    public static List<SafetyFinding> evaluate(Routine routine) {
        return evaluate(routine, HealthProfile.NONE);
    }

    /**
     * As {@link #evaluate(Routine)}, with the rules the user's health profile adds ({@link ProfileRules}); a note for
     * the whole routine comes first.
     */
    public static List<SafetyFinding> evaluate(Routine routine, HealthProfile profile) {
        List<SafetyFinding> findings = new ArrayList<>();
        ColdBouts cold = new ColdBouts();
        SideTally massager = new SideTally(SafetyRule.MASSAGER_DWELL, MASSAGER_DWELL_SECONDS);
        SideTally holds = new SideTally(SafetyRule.LONG_HOLD, LONG_HOLD_SECONDS);
        int clock = 0;
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            checkStep(i, step, findings);
            boolean sustained = step.technique().filter(SUSTAINED::contains).isPresent();
            for (SideExposure exposure : SideExposure.of(step, clock)) {
                if (step.tool() == Tool.COLD_BALL) {
                    cold.add(i, exposure);
                } else if (step.tool() == Tool.HANDHELD_MASSAGER) {
                    massager.add(i, exposure);
                }
                if (sustained) {
                    holds.add(i, exposure);
                }
            }
            clock += step.plannedSeconds();
        }
        findings.addAll(cold.findings());
        findings.addAll(massager.findings());
        findings.addAll(holds.findings());
        findings.addAll(ProfileRules.evaluate(routine, profile));
        findings.sort(STEP_ORDER);
        return List.copyOf(findings);
    }

    public static boolean hasErrors(List<SafetyFinding> findings) {
        return findings.stream().anyMatch(SafetyFinding::blocking);
    }

    /** The rules that look at one step alone. */
    private static void checkStep(int index, Step step, List<SafetyFinding> findings) {
        boolean onNeck = step.area().filter(area -> area == Area.NECK).isPresent();
        switch (step.tool()) {
            case COLD_BALL -> {
                if (step.technique().filter(STATIC::contains).isPresent()) {
                    findings.add(new SafetyFinding(SafetyRule.COLD_STATIC, index));
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
    }
}
