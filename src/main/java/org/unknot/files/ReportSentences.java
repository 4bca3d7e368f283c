package org.unknot.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PainTrend;
import org.unknot.domain.Relief;
import org.unknot.domain.Worsening;

/**
 * The report's facts worded in the third person for a clinician, from the insights' figures (the app's own sentences
 * speak to the patient and are never rewritten here).
 */
final class ReportSentences {

    private ReportSentences() {
    }

    static List<String> of(InsightReport report) {
        List<String> sentences = new ArrayList<>();
        report.worsening().ifPresent(worsening -> sentences.add(worsening(worsening)));
        if (report.ratedSessions() > 0) {
            double mean = report.meanRelief().orElseThrow();
            sentences.add(format("Across %s, pain was %.1f points %s right after a session on average;"
                            + " clear immediate relief (at least 2 points and 30 %%) in %d (%d %%).",
                    count(report.ratedSessions(), "rated session"), Math.abs(mean), mean >= 0 ? "lower" : "higher",
                    report.clearReliefSessions(), Math.round(report.clearShare().orElseThrow() * 100)));
        }
        report.helpedMostRoutine().ifPresent(best -> sentences.add(helpedMost("routine", best)));
        report.helpedMostTool().ifPresent(best -> sentences.add(helpedMost("tool", best)));
        report.trend().ifPresent(trend -> sentences.add(trend(trend)));
        return sentences;
    }

    /** "Weekly pain has not fallen by 30 % over 6 weeks; current 6.2/10 (baseline 6.5/10)." */
    static String trend(PainTrend trend) {
        long weeks = trend.daysSpanned() / 7;
        return format("%s has %s by 30 %% over %s; current %.1f/10 (baseline %.1f/10).", trend.measure().title(),
                trend.fellThirtyPercent() ? "fallen" : "not fallen", count(weeks, "week"), trend.current().mean(),
                trend.baseline().mean());
    }

    static String worsening(Worsening worsening) {
        List<String> signs = new ArrayList<>();
        worsening.trend().ifPresent(trend -> signs.add(format("%s rose from %.1f/10 to %.1f/10",
                trend.measure().phrase(), trend.baseline().mean(), trend.current().mean())));
        if (worsening.worseAfter() > 0) {
            signs.add(format("pain was higher after %d of the last %s", worsening.worseAfter(),
                    count(worsening.rated(), "rated session")));
        }
        if (worsening.painWorseStops() > 0) {
            signs.add(format("%d sessions were stopped because pain got worse within 14 days",
                    worsening.painWorseStops()));
        }
        String routines = worsening.routines().isEmpty() ? "" : " The app advised the patient to stop "
                + worsening.routines().stream().map(name -> "“" + name + "”").collect(Collectors.joining(" and "))
                + " and to contact their GP or physiotherapist.";
        return "Pain appears to be getting worse: " + String.join("; ", signs) + "." + routines;
    }

    private static String helpedMost(String kind, Relief best) {
        return format("The %s followed by the most immediate relief was %s: %.1f points less on average over %s.",
                kind, best.label(), best.meanRelief().orElseThrow(), count(best.rated(), "rated session"));
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
