package org.unknot.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the history of a period says about pain (PRODUCT.md, "Insights"). Counts are of sessions not still in
 * progress; {@code ratedSessions}, the means and {@code clearReliefSessions} are over those rated both before and
 * after; {@code painRoseSessions} are rated sessions that ended with more pain than they began. The first and last
 * days are those of the sessions and check-ins read, empty when there were none. {@code conclusion} is the sentence of
 * the suggestion (the worsening warning, or seeing a clinician), also among {@code sentences}. {@code flare} counts
 * the flare days and tells gentle sessions from full ones.
 */
public record InsightReport(
        Optional<LocalDate> firstDay,
        Optional<LocalDate> lastDay,
        int sessions,
        int ratedSessions,
        int clearReliefSessions,
        int painRoseSessions,
        OptionalDouble meanBefore,
        OptionalDouble meanAfter,
        List<Relief> byRoutine,
        List<Relief> byTool,
        Optional<Relief> helpedMostRoutine,
        Optional<Relief> helpedMostTool,
        List<WeeklyPain> weekly,
        Optional<PainTrend> trend,
        Optional<DaysComparison> days,
        Suggestion suggestion,
        Optional<Worsening> worsening,
        Map<StopReason, Integer> stopReasons,
        Optional<String> conclusion,
        List<String> sentences,
        FlareInsights flare,
        PegSummary peg,
        PainAreas painAreas) {

    /** A report without flare days, gentle sessions, weekly PEG answers or the areas that hurt. */
    public InsightReport(Optional<LocalDate> firstDay, Optional<LocalDate> lastDay, int sessions, int ratedSessions,
            int clearReliefSessions, int painRoseSessions, OptionalDouble meanBefore, OptionalDouble meanAfter,
            List<Relief> byRoutine, List<Relief> byTool, Optional<Relief> helpedMostRoutine,
            Optional<Relief> helpedMostTool, List<WeeklyPain> weekly, Optional<PainTrend> trend,
            Optional<DaysComparison> days, Suggestion suggestion, Optional<Worsening> worsening,
            Map<StopReason, Integer> stopReasons, Optional<String> conclusion, List<String> sentences) {
        this(firstDay, lastDay, sessions, ratedSessions, clearReliefSessions, painRoseSessions, meanBefore, meanAfter,
                byRoutine, byTool, helpedMostRoutine, helpedMostTool, weekly, trend, days, suggestion, worsening,
                stopReasons, conclusion, sentences, FlareInsights.NONE, PegSummary.NONE, PainAreas.NONE);
    }

    public InsightReport {
        byRoutine = List.copyOf(byRoutine);
        byTool = List.copyOf(byTool);
        weekly = List.copyOf(weekly);
        stopReasons = Map.copyOf(stopReasons);
        sentences = List.copyOf(sentences);
        painAreas = painAreas == null ? PainAreas.NONE : painAreas;
    }

    /** Mean pain before − after over rated sessions; empty when none was rated. */
    public OptionalDouble meanRelief() {
        return meanBefore.isPresent() ? OptionalDouble.of(meanBefore.getAsDouble() - meanAfter.getAsDouble())
                : OptionalDouble.empty();
    }

    /** The share (0–1) of rated sessions with clear relief; empty when none was rated. */
    public OptionalDouble clearShare() {
        return ratedSessions == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(clearReliefSessions / (double) ratedSessions);
    }

    /** With its sentences, {@code ending} among them: the worsening warning or the suggestion, when there is one. */
    InsightReport withSentences(Optional<String> ending, List<String> lines) {
        return new InsightReport(firstDay, lastDay, sessions, ratedSessions, clearReliefSessions, painRoseSessions,
                meanBefore, meanAfter, byRoutine, byTool, helpedMostRoutine, helpedMostTool, weekly, trend, days,
                suggestion, worsening, stopReasons, ending, lines, flare, peg, painAreas);
    }
}
