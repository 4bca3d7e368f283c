package org.unknot.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The cold rules over a routine. Cold on one side of an area forms a bout; cold that starts less than
 * {@link #REWARM_GAP_SECONDS} after the side's last cold ended continues the bout, as the skin has not rewarmed.
 *
 * <p>Why one finding per bout: cold-bout (over 600 s), cold-rewarm (1200 s or more) and cold-max (over 1200 s) are
 * three grades of one problem, too much cold at a time, so a bout reports only the most severe grade it reaches, at
 * the step where it reaches it. A bout of 700 + 600 s is one cold-max at the second step, not also a cold-bout at the
 * first and a cold-rewarm at the second; once the user shortens it, the milder grade that still applies shows. So
 * cold-rewarm is left for a bout of exactly 20 minutes: allowed, but the area must now rewarm. A step where the bouts
 * of both sides reach a grade (a centred or {@code each} step) reports once, the more severe grade if they differ.
 */
final class ColdBouts {

    static final int BOUT_SECONDS = 600;
    static final int MAX_SECONDS = 1200;
    static final int REWARM_GAP_SECONDS = 600;

    private final Map<SideExposure.BodySide, Bout> open = new HashMap<>();
    private final Map<Integer, SafetyRule> worstByStep = new TreeMap<>();

    void add(int step, SideExposure exposure) {
        Bout bout = open.get(exposure.place());
        if (bout == null || exposure.start() - bout.end >= REWARM_GAP_SECONDS) {
            if (bout != null) {
                report(bout);
            }
            bout = new Bout();
            open.put(exposure.place(), bout);
        }
        bout.add(step, exposure);
    }

    /** The findings, in step order, after the last step; the bouts still open end with the routine. */
    List<SafetyFinding> findings() {
        open.values().forEach(this::report);
        return worstByStep.entrySet().stream().map(entry -> new SafetyFinding(entry.getValue(), entry.getKey()))
                .toList();
    }

    private void report(Bout bout) {
        if (bout.grade != null) {
            worstByStep.merge(bout.gradeStep, bout.grade, BinaryOperator.maxBy(Comparator.naturalOrder()));
        }
    }

    /** The grade of a bout of that many seconds, null when it is within the usual limit. */
    private static SafetyRule grade(int seconds) {
        if (seconds > MAX_SECONDS) {
            return SafetyRule.COLD_MAX;
        }
        if (seconds >= MAX_SECONDS) {
            return SafetyRule.COLD_REWARM;
        }
        return seconds > BOUT_SECONDS ? SafetyRule.COLD_BOUT : null;
    }

    private static final class Bout {
        private int total;
        private int end;
        private SafetyRule grade; // null until the bout passes the usual limit
        private int gradeStep;

        void add(int step, SideExposure exposure) {
            total += exposure.seconds();
            end = exposure.end();
            SafetyRule reached = grade(total);
            if (reached != null && (grade == null || reached.compareTo(grade) > 0)) {
                grade = reached;
                gradeStep = step;
            }
        }
    }
}
