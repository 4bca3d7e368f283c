package org.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules the health profile adds: each condition the user ticked narrows what a step may do, one finding per step
 * and rule. Pregnancy and recent cancer treatment add one note for the whole routine: ask a clinician first.
 */
final class ProfileRules {

    static final int FIRM_LEVEL = 4;

    private static final Set<Area> LOWER_LEGS = Set.of(Area.CALVES, Area.FEET);
    private static final Set<Area> LEGS = Set.of(Area.THIGHS, Area.CALVES, Area.FEET);
    private static final Set<Area> VEIN_AREAS = Set.of(Area.THIGHS, Area.CALVES);
    private static final Set<Area> SPINE = Set.of(Area.NECK, Area.UPPER_BACK, Area.MID_BACK, Area.LOWER_BACK);
    private static final Set<Technique> SUSTAINED = Set.of(Technique.TRIGGER_POINT, Technique.DEEP_PRESSURE);

    private ProfileRules() {
    }

    static List<SafetyFinding> evaluate(Routine routine, HealthProfile profile) {
        List<SafetyFinding> findings = new ArrayList<>();
        if (profile.isEmpty() || routine.steps().isEmpty()) {
            return findings;
        }
        for (SafetyRule note : List.of(SafetyRule.PROFILE_PREGNANCY, SafetyRule.PROFILE_CANCER)) {
            if (profile.has(note.condition().orElseThrow())) {
                findings.add(new SafetyFinding(note, SafetyFinding.WHOLE_ROUTINE));
            }
        }
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            if (step.tool() == Tool.REST || step.area().isEmpty()) {
                continue;
            }
            for (SafetyRule rule : SafetyRule.values()) {
                if (rule.condition().filter(profile::has).isPresent() && applies(rule, step, profile)) {
                    findings.add(new SafetyFinding(rule, i));
                }
            }
        }
        return findings;
    }

    private static boolean applies(SafetyRule rule, Step step, HealthProfile profile) {
        Area area = step.area().orElseThrow();
        boolean cold = step.tool() == Tool.COLD_BALL;
        return switch (rule) {
            case PROFILE_COLD -> cold;
            case PROFILE_COLD_FEET -> cold && LOWER_LEGS.contains(area);
            case PROFILE_COLD_LEGS -> cold && LEGS.contains(area);
            case PROFILE_PRESSURE -> firm(step);
            case PROFILE_SPINE_ROLL -> step.tool() == Tool.FOAM_ROLLER && SPINE.contains(area);
            case PROFILE_VARICOSE -> VEIN_AREAS.contains(area);
            case PROFILE_INJURY -> profile.injuryAreas().contains(area);
            default -> false;
        };
    }

    /** Firm pressure, sustained pressure, or a massager level of 4 or 5. */
    private static boolean firm(Step step) {
        return step.intensity().filter(intensity -> intensity == Intensity.FIRM).isPresent()
                || step.technique().filter(SUSTAINED::contains).isPresent()
                || step.level().orElse(0) >= FIRM_LEVEL;
    }
}
