package org.unknot.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The insights in plain sentences, each with its counts and the measure it reads. Relief after one session is
 * always called immediate; a routine or tool is named as helping most only by {@link HelpedMost}'s rule.
 */
final class InsightSentences {

    private static final int COMPARED_SHOWN = 3;

    private InsightSentences() {
    }

    /** The warning or the suggestion the insights conclude with, when they do. */
    static Optional<String> conclusion(InsightReport report) {
        return switch (report.suggestion()) {
            case WORSENING -> Optional.of(worsening(report.worsening().orElseThrow()));
            case SPECIALIST -> Optional.of(specialist(report.trend().orElseThrow(), report.sessions()));
            case NONE -> Optional.empty();
        };
    }

    /** Every sentence: the worsening warning first, as what matters most; a suggestion to see a clinician last. */
    static List<String> of(InsightReport report, Optional<String> conclusion) {
        List<String> sentences = new ArrayList<>();
        if (report.suggestion() == Suggestion.WORSENING) {
            sentences.add(conclusion.orElseThrow());
        }
        if (report.sessions() == 0 && report.weekly().isEmpty() && report.peg().count() == 0) {
            sentences.add("Nothing recorded in this period yet.");
            return sentences;
        }
        if (report.ratedSessions() == 0) {
            sentences.add("Rate your pain before and after a few sessions to see what helps.");
        } else {
            sentences.add(relief(report));
            sentences.add(format("Clear immediate relief (at least 2 points and 30 %% less) in %d of %s (%d %%).",
                    report.clearReliefSessions(), count(report.ratedSessions(), "rated session"),
                    Math.round(report.clearShare().orElseThrow() * 100)));
            compare("routine", report.byRoutine(), report.helpedMostRoutine()).ifPresent(sentences::add);
            compare("tool", report.byTool(), report.helpedMostTool()).ifPresent(sentences::add);
        }
        report.trend().ifPresentOrElse(trend -> sentences.add(trend(trend)), () -> sentences.add(
                "To see a trend, check in your daily pain (or rate your pain before sessions) on at least 3 days"
                        + " in your first 2 weeks and in your last 2 weeks."));
        report.days().ifPresent(days -> sentences.add(format(
                "On the %s with a session your daily check-in averaged %.1f/10, against %.1f/10 on the %s without."
                        + " People often massage on their worse days, so this does not show what massage does.",
                count(days.daysWith(), "day"), days.meanWith(), days.meanWithout(), count(days.daysWithout(), "day"))));
        sentences.addAll(report.flare().sentences());
        report.peg().sentence().ifPresent(sentences::add);
        report.painAreas().sentence().ifPresent(sentences::add);
        if (report.suggestion() == Suggestion.SPECIALIST) {
            sentences.add(conclusion.orElseThrow());
        }
        return sentences;
    }

    private static String specialist(PainTrend trend, int sessions) {
        return format("Your %s have not come down by 30 %% over %s (%.1f/10 at first, %.1f/10 now; %s)."
                        + " Massage alone may not be enough: it would be worth seeing your GP, a physiotherapist"
                        + " or a pain clinic, and taking the report with you.",
                trend.measure().phrase(), count(trend.daysSpanned() / 7, "week"), trend.baseline().mean(),
                trend.current().mean(), count(sessions, "session"));
    }

    private static String relief(InsightReport report) {
        double mean = report.meanRelief().orElseThrow();
        String rated = count(report.ratedSessions(), "rated session");
        if (Math.abs(mean) < 0.05) {
            return "Across " + rated + ", pain was about the same right after the session on average"
                    + " (no immediate relief).";
        }
        return format("Across %s, pain was %.1f points %s right after the session on average (%s).", rated,
                Math.abs(mean), mean > 0 ? "lower" : "higher", mean > 0 ? "immediate relief" : "no immediate relief");
    }

    /** The winner with its counts, or — when two or more were rated — that there is no clear difference yet. */
    private static Optional<String> compare(String kind, List<Relief> groups, Optional<Relief> best) {
        if (best.isPresent()) {
            Relief winner = best.get();
            Relief next = groups.stream().filter(Relief::comparable).filter(r -> r != winner)
                    .max(Comparator.comparingDouble(r -> r.meanRelief().orElseThrow())).orElseThrow();
            return Optional.of(format("%s helped most: %.1f points less right after the session on average over %s,"
                            + " against %.1f for %s (%s; immediate relief).", winner.label(),
                    winner.meanRelief().orElseThrow(), count(winner.rated(), "rated session"),
                    next.meanRelief().orElseThrow(), next.label(), count(next.rated(), "rated session")));
        }
        List<Relief> rated = groups.stream().filter(r -> r.rated() > 0)
                .sorted(Comparator.comparingDouble((Relief r) -> r.meanRelief().orElseThrow()).reversed()).toList();
        if (rated.size() < 2) {
            return Optional.empty();
        }
        String figures = rated.stream().limit(COMPARED_SHOWN).map(r -> format("%s %.1f points (%s)", r.label(),
                r.meanRelief().orElseThrow(), count(r.rated(), "rated session"))).collect(Collectors.joining(", "));
        return Optional.of(format("No clear difference between %ss yet: %s. A %s stands out with %d rated sessions"
                        + " and a lead of at least 1 point over the next.", kind, figures, kind,
                HelpedMost.MIN_RATED));
    }

    private static String trend(PainTrend trend) {
        double change = trend.change();
        String direction = Math.abs(change) < 0.05 ? "about the same"
                : format("%.0f %% %s", Math.abs(change) * 100 / Math.max(trend.baseline().mean(), 0.1),
                        change < 0 ? "lower" : "higher");
        return format("%s: %.1f/10 on average in the first 2 weeks (%s) and %.1f/10 in the last 2 weeks (%s), %s.",
                trend.measure().title(), trend.baseline().mean(), ratings(trend.measure(), trend.baseline().count()),
                trend.current().mean(), ratings(trend.measure(), trend.current().count()), direction);
    }

    private static String ratings(PainMeasure measure, int n) {
        return measure == PainMeasure.CHECK_INS ? count(n, "day") : count(n, "rated session");
    }

    private static String worsening(Worsening worsening) {
        List<String> signs = new ArrayList<>();
        worsening.trend().ifPresent(trend -> signs.add(format("%s went from %.1f/10 in the first 2 weeks to %.1f/10 in"
                + " the last 2 weeks", trend.measure().phrase(), trend.baseline().mean(), trend.current().mean())));
        if (worsening.worseAfter() > 0) {
            signs.add(format("pain was higher after %d of your last %s", worsening.worseAfter(),
                    count(worsening.rated(), "rated session")));
        }
        if (worsening.painWorseStops() > 0) {
            signs.add(format("%d sessions were stopped because pain got worse within 14 days",
                    worsening.painWorseStops()));
        }
        String stop = worsening.routines().isEmpty() ? "Pause the routines that seem to make it worse"
                : "Stop " + worsening.routines().stream().map(name -> "“" + name + "”")
                        .collect(Collectors.joining(" and ")) + " for now";
        return "Your pain seems to be getting worse: " + String.join("; ", signs) + ". " + stop
                + ", and contact your GP or physiotherapist soon. Answer the safety questions to check for signs"
                + " that need care straight away.";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
