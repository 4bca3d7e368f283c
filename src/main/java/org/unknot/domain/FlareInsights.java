package org.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Flare days and gentle sessions in a period: how many days the check-ins marked a flare, how many sessions played
 * the gentle version and how many the full one, and — once at least {@link #MIN_RATED} of each were rated before and
 * after — the mean immediate relief of each. Fewer ratings give counts only: a mean of one or two says nothing.
 */
public record FlareInsights(int flareDays, Kind gentle, Kind full) {

    public static final int MIN_RATED = 3;
    public static final FlareInsights NONE = new FlareInsights(0, Kind.NONE, Kind.NONE);

    /** Finished sessions of one kind, and the pain before and after summed over those rated both. */
    public record Kind(int sessions, int rated, long beforeSum, long afterSum) {

        public static final Kind NONE = new Kind(0, 0, 0, 0);

        Kind plus(HistoryFacts.SessionGroup group) {
            boolean both = group.before().isPresent() && group.after().isPresent();
            return new Kind(sessions + group.sessions(), rated + (both ? group.sessions() : 0),
                    beforeSum + (both ? (long) group.sessions() * group.before().get().value() : 0),
                    afterSum + (both ? (long) group.sessions() * group.after().get().value() : 0));
        }

        /** Mean pain before minus after, over the rated sessions; empty when none was rated. */
        public OptionalDouble meanRelief() {
            return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((beforeSum - afterSum) / (double) rated);
        }
    }

    /** From the insights' session groups and weeks. */
    public static FlareInsights of(List<HistoryFacts.SessionGroup> groups, List<WeeklyPain> weeks) {
        Kind gentle = Kind.NONE;
        Kind full = Kind.NONE;
        for (HistoryFacts.SessionGroup group : groups) {
            if (group.status() != SessionStatus.IN_PROGRESS) {
                if (group.gentle()) {
                    gentle = gentle.plus(group);
                } else {
                    full = full.plus(group);
                }
            }
        }
        return new FlareInsights(weeks.stream().mapToInt(WeeklyPain::flareDays).sum(), gentle, full);
    }

    /** Whether both kinds have enough rated sessions for their mean relief to be compared. */
    public boolean comparable() {
        return gentle.rated() >= MIN_RATED && full.rated() >= MIN_RATED;
    }

    /** The sentences of the insights; none when the period has neither a flare day nor a gentle session. */
    public List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        if (flareDays == 0 && gentle.sessions() == 0) {
            return sentences;
        }
        sentences.add(String.format(Locale.ROOT, "%s marked in your check-ins; %s played gently and %d as planned.",
                InsightSentences.count(flareDays, "flare day"), InsightSentences.count(gentle.sessions(), "session"),
                full.sessions()));
        if (comparable()) {
            sentences.add(String.format(Locale.ROOT, "Immediate relief averaged %.1f points in gentle sessions "
                    + "(%d rated) and %.1f in full ones (%d rated).", gentle.meanRelief().orElseThrow(),
                    gentle.rated(), full.meanRelief().orElseThrow(), full.rated()));
        }
        return sentences;
    }
}
