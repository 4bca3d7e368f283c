package org.unknot.files;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.unknot.domain.DailyPain;
import org.unknot.domain.DatedNote;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PainTrend;
import org.unknot.domain.PeriodUse;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.Relief;
import org.unknot.domain.StopReason;
import org.unknot.domain.WeeklyPain;

/** Builds what the physician report shows from the sessions and check-ins of a period and their insights. */
public final class ReportContents {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    /** How many of the latest notes page one shows. */
    public static final int NOTES_SHOWN = 3;
    private static final int ROUTINES_SHOWN = 4;
    private static final int ROUTINE_NAME = 32;

    private ReportContents() {
    }

    /** The report of the days {@code first} to {@code last}; {@code patient} the name and birth date typed at export. */
    public static ReportContent of(ReportPeriod period, Optional<String> patient, LocalDate first, LocalDate last,
                                   LocalDate today, ZoneId zone) {
        InsightReport insights = period.insights();
        PeriodUse use = period.use();
        double weeks = weeks(first, last);
        return new ReportContent(period(first, last), today, patient.map(String::strip).filter(name -> !name.isEmpty()),
                summary(use.doneSeconds(), period.checkIns(), insights, first, last), safety(insights, period.redFlags(), zone),
                tried(use, weeks), ReportSentences.of(insights), weekly(insights),
                insights.trend().map(trend -> OptionalDouble.of(trend.baseline().mean())).orElse(OptionalDouble.empty()),
                notes(use.latestNotes(), period.checkInNotes()),
                new ReportContent.Sessions(use.sessions(), period.sessions()), zone,
                new ReportContent.CheckIns(period.checkIns().size(), period.checkInRows()),
                ReportMedicines.line(period.medicines(), first, last), period.profile().describe());
    }

    /** "1 September – 22 November 2026", or with both years when they differ. */
    public static String period(LocalDate first, LocalDate last) {
        return (first.getYear() == last.getYear() ? DAY_MONTH.format(first) : FULL.format(first)) + " – "
                + FULL.format(last);
    }

    private static List<ReportContent.Fact> summary(long doneSeconds, List<DailyPain> checkIns,
                                                    InsightReport insights, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double weeks = weeks(first, last);
        long checkInDays = checkIns.stream().map(DailyPain::day).distinct().count();
        List<ReportContent.Fact> facts = new ArrayList<>();
        facts.add(insights.trend().map(ReportContents::trend).orElse(new ReportContent.Fact(
                "Weekly pain, baseline → current", "not enough ratings yet")));
        facts.add(PegFact.of(insights.peg()));
        facts.add(new ReportContent.Fact("Check-in adherence", String.format(Locale.ENGLISH,
                "%d of %d days (%.0f %%)", checkInDays, days, percent((int) checkInDays, (int) days))));
        facts.add(new ReportContent.Fact("Sessions per week", String.format(Locale.ENGLISH, "%.1f (%d sessions)",
                insights.sessions() / weeks, insights.sessions())));
        facts.add(new ReportContent.Fact("Minutes per week", String.format(Locale.ENGLISH, "%.0f",
                doneSeconds / 60.0 / weeks)));
        facts.add(new ReportContent.Fact("Routines used", shares(insights.byRoutine(), insights.sessions())));
        return facts;
    }

    /** "Daily pain, baseline → current" → "6.5 → 4.2 /10 (-2.3, 35 % lower; first → last 2 weeks)". */
    private static ReportContent.Fact trend(PainTrend trend) {
        double change = trend.change();
        return new ReportContent.Fact(trend.measure().title() + ", baseline → current",
                String.format(Locale.ENGLISH, "%.1f → %.1f /10 (%+.1f, %.0f %% %s; first → last 2 weeks)", trend.baseline().mean(),
                        trend.current().mean(), change, Math.abs(change) * 100 / Math.max(trend.baseline().mean(), 0.1),
                        change <= 0 ? "lower" : "higher"));
    }

    private static List<ReportContent.Fact> safety(InsightReport insights, Optional<RedFlagCheck> redFlags,
                                                   ZoneId zone) {
        List<ReportContent.Fact> facts = new ArrayList<>();
        facts.add(new ReportContent.Fact("Red-flag answers", redFlags.map(check -> {
            String day = SHORT.format(check.answeredAt().atZone(zone).toLocalDate());
            return check.yes().isEmpty() ? "none (last asked " + day + ")"
                    : "yes, " + day + ": " + String.join("; ", check.yes().stream().map(flag -> flag.line()).toList());
        }).orElse("never answered")));
        facts.add(new ReportContent.Fact("Sessions where pain rose", insights.painRoseSessions() + " of "
                + insights.ratedSessions() + " rated"));
        facts.add(new ReportContent.Fact("Stops for “pain got worse”", stops(insights)));
        facts.add(new ReportContent.Fact("Flare days", flares(insights)));
        facts.add(new ReportContent.Fact("Worsening warning", insights.worsening().map(ReportSentences::worsening)
                .orElse("none")));
        return facts;
    }

    /** "3 of 40 days checked in; 2 sessions played gently", the second half only when there were some. */
    static String flares(InsightReport insights) {
        int checkIns = insights.weekly().stream().mapToInt(WeeklyPain::checkIns).sum();
        int gentle = insights.flare().gentle().sessions();
        return insights.flare().flareDays() + " of " + checkIns + (checkIns == 1 ? " day" : " days") + " checked in"
                + (gentle == 0 ? "" : "; " + gentle + (gentle == 1 ? " session" : " sessions") + " played gently");
    }

    /** "2 (of 5 early stops: Pain got worse 2 · Equipment 1 · Other 2)", or the count alone when no other reason. */
    private static String stops(InsightReport insights) {
        int painWorse = insights.stopReasons().getOrDefault(StopReason.PAIN_WORSE, 0);
        int all = insights.stopReasons().values().stream().mapToInt(Integer::intValue).sum();
        if (all == painWorse) {
            return Integer.toString(painWorse);
        }
        return painWorse + " (of " + all + " early stops: " + String.join(" · ", stopReasons(insights).stream()
                .map(fact -> fact.label() + " " + fact.value()).toList()) + ")";
    }

    /** Every routine with its share of the sessions, or the four used most and "+N others (x %)". */
    static String shares(List<Relief> routines, int sessions) {
        if (routines.isEmpty()) {
            return "none";
        }
        int shown = routines.size() <= ROUTINES_SHOWN + 1 ? routines.size() : ROUTINES_SHOWN;
        List<String> parts = new ArrayList<>(routines.stream().limit(shown).map(routine -> String.format(Locale.ENGLISH,
                "%s (%.0f %%)", shortName(routine.label()), percent(routine.sessions(), sessions))).toList());
        if (shown < routines.size()) {
            int others = routines.subList(shown, routines.size()).stream().mapToInt(Relief::sessions).sum();
            parts.add(String.format(Locale.ENGLISH, "+%d others (%.0f %%)", routines.size() - shown,
                    percent(others, sessions)));
        }
        return String.join(", ", parts);
    }

    /** A routine name of at most 32 characters, so four of them and "+N others" fit the summary's three lines. */
    static String shortName(String name) {
        String oneLine = name.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= ROUTINE_NAME ? oneLine : oneLine.substring(0, ROUTINE_NAME - 1).stripTrailing() + "…";
    }

    private static double percent(int part, int whole) {
        return 100.0 * part / Math.max(1, whole);
    }

    /** The insights' weekly pain before and after sessions and daily check-ins, each its own line. */
    private static List<ReportContent.TrendPoint> weekly(InsightReport insights) {
        return insights.weekly().stream().map(week -> new ReportContent.TrendPoint(week.weekStart(),
                week.meanBefore(), week.meanAfter(), week.meanCheckIn(), week.ratedBefore(), week.checkIns())).toList();
    }

    private static List<ReportContent.Fact> stopReasons(InsightReport insights) {
        List<ReportContent.Fact> facts = new ArrayList<>();
        for (StopReason reason : StopReason.values()) {
            int count = insights.stopReasons().getOrDefault(reason, 0);
            if (count > 0) {
                facts.add(new ReportContent.Fact(reason.label(), Integer.toString(count)));
            }
        }
        return facts;
    }

    /** The period in weeks, a part-week counting as a whole one when the period is shorter. */
    private static double weeks(LocalDate first, LocalDate last) {
        return Math.max(1, (ChronoUnit.DAYS.between(first, last) + 1) / 7.0);
    }

    /** One row per tool × area done, most sessions first, with its minutes per week of the period. */
    private static List<ReportContent.Tried> tried(PeriodUse use, double weeks) {
        return use.pairs().stream().map(pair -> new ReportContent.Tried(pair.pair().tool().label(),
                pair.pair().area().label(), pair.weeks(), pair.sessions(), pair.doneSeconds() / 60.0 / weeks,
                pair.medianChange(), pair.rated())).toList();
    }

    /** The latest notes of sessions and check-ins together, newest first; a session's names its routine. */
    private static List<ReportContent.Note> notes(List<DatedNote> sessions, List<DatedNote> checkIns) {
        List<DatedNote> all = new ArrayList<>(sessions);
        all.addAll(checkIns);
        return all.stream().sorted(Comparator.comparing(DatedNote::day).reversed()).limit(NOTES_SHOWN)
                .map(note -> new ReportContent.Note(note.day(), note.routine().orElse("Check-in"), note.text()))
                .toList();
    }
}
