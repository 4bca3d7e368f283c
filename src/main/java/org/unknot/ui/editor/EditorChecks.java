package org.unknot.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unknot.domain.Equipment;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.Problem;
import org.unknot.domain.Routine;
import org.unknot.domain.RoutineValidator;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRules;
import org.unknot.ui.common.Durations;

/**
 * What the editor derives from the routine after each edit: its problems, safety findings, equipment list, planned
 * total, and why it cannot be saved (empty when it can).
 */
record EditorChecks(List<Problem> problems, List<SafetyFinding> findings, List<String> equipment, String total,
                    String blockedReason) {

    static EditorChecks of(Routine routine) {
        return of(routine, HealthProfile.NONE);
    }

    static EditorChecks of(Routine routine, HealthProfile profile) {
        List<Problem> problems = RoutineValidator.validate(routine);
        List<SafetyFinding> findings = SafetyRules.evaluate(routine, profile);
        String blocked = problems.stream().findFirst().map(Problem::message)
                .or(() -> findings.stream().filter(SafetyFinding::blocking).findFirst().map(SafetyFinding::describe))
                .orElse("");
        return new EditorChecks(problems, findings, Equipment.checklist(routine),
                "Total " + Durations.words(routine.plannedSeconds()), blocked);
    }

    /** The health profile's notes for the whole routine, each with its source; empty when there are none. */
    String routineNote() {
        return findings.stream().filter(SafetyFinding::wholeRoutine)
                .map(finding -> finding.describe() + " Source: " + finding.rule().source() + ".")
                .collect(Collectors.joining("\n"));
    }

    /** The problems and safety findings of one step, for its card and its editor; problems block saving. */
    List<StepMessage> stepMessages(int index) {
        return stepMessages(index, Set.of());
    }

    /** The same, without the problems of the fields named: those show at their field. */
    List<StepMessage> stepMessages(int index, Set<String> shownAtField) {
        return Stream.concat(
                problems.stream().filter(problem -> problem.step().orElse(-1) == index)
                        .filter(problem -> !shownAtField.contains(problem.field()))
                        .map(problem -> new StepMessage(problem.message(), "", true)),
                findings.stream().filter(finding -> finding.step() == index)
                        .map(finding -> new StepMessage(finding.describe(), "Source: " + finding.rule().source(),
                                finding.blocking()))).toList();
    }
}
