package org.unknot.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Adds up time per side of an area over a whole routine and reports a rule once per side, at the step that takes
 * that side over the limit; when both sides cross at the same step (a centred or {@code each} step) that step has
 * one finding.
 */
final class SideTally {

    private final SafetyRule rule;
    private final int limitSeconds;
    private final Map<SideExposure.BodySide, Integer> totals = new HashMap<>();
    private final TreeSet<Integer> crossings = new TreeSet<>();

    SideTally(SafetyRule rule, int limitSeconds) {
        this.rule = rule;
        this.limitSeconds = limitSeconds;
    }

    void add(int step, SideExposure exposure) {
        int before = totals.getOrDefault(exposure.place(), 0);
        int after = before + exposure.seconds();
        totals.put(exposure.place(), after);
        if (before <= limitSeconds && after > limitSeconds) {
            crossings.add(step);
        }
    }

    List<SafetyFinding> findings() {
        return crossings.stream().map(step -> new SafetyFinding(rule, step)).toList();
    }
}
