package org.unknot.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often an as-needed pain medicine was taken in a period, from the check-ins' answers: the days per week of the
 * baseline (first 14 days) and current (last 14 days) windows, as the pain trend's, and per week (named by its
 * Monday). Only numbers: nothing is concluded from them.
 */
public record AsNeededUse(Window baseline, Window current, List<Week> weeks) {

    /** The window's days, the days a medicine was taken ("yes") and the days the question was answered. */
    public record Window(LocalDate first, LocalDate last, int yesDays, int answeredDays) {
        public int days() {
            return (int) ChronoUnit.DAYS.between(first, last) + 1;
        }

        public double daysPerWeek() {
            return yesDays * 7.0 / days();
        }
    }

    /** A week of the period by its Monday: the days taken and the days answered. */
    public record Week(LocalDate monday, int yesDays, int answeredDays) {
    }

    public AsNeededUse {
        weeks = List.copyOf(weeks);
    }

    /** The figures of the days {@code first} to {@code last} (both included) from the check-ins among them. */
    public static AsNeededUse of(List<CheckInRecord> checkIns, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        int window = (int) Math.min(Insights.WINDOW_DAYS, days);
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            Window week = window(checkIns, monday, monday.plusDays(6));
            weeks.add(new Week(monday, week.yesDays(), week.answeredDays()));
        }
        return new AsNeededUse(window(checkIns, first, first.plusDays(window - 1L)),
                window(checkIns, last.minusDays(window - 1L), last), weeks);
    }

    private static Window window(List<CheckInRecord> checkIns, LocalDate from, LocalDate to) {
        int yes = 0;
        int answered = 0;
        for (CheckInRecord checkIn : checkIns) {
            if (!checkIn.day().isBefore(from) && !checkIn.day().isAfter(to) && checkIn.asNeeded().isPresent()) {
                answered++;
                if (checkIn.asNeeded().get() == AsNeededAnswer.YES) {
                    yes++;
                }
            }
        }
        return new Window(from, to, yes, answered);
    }

    /** Whether any check-in of the period answered the question. */
    public boolean answered() {
        return weeks.stream().anyMatch(week -> week.answeredDays() > 0);
    }

    /** The days taken in the whole period. */
    public int yesDays() {
        return weeks.stream().mapToInt(Week::yesDays).sum();
    }

    /** The days answered in the whole period. */
    public int answeredDays() {
        return weeks.stream().mapToInt(Week::answeredDays).sum();
    }

    /**
     * "An as-needed pain medicine was taken on 2.5 days a week in the first 2 weeks (5 of 14 days; 12 answered) and
     * 1.0 in the last 2 weeks (2 of 14 days; 13 answered)." Empty when no check-in answered the question.
     */
    public Optional<String> sentence() {
        if (!answered()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ENGLISH, "An as-needed pain medicine was taken on %.1f days a week "
                        + "in the first %s (%s) and %.1f in the last %s (%s).", baseline.daysPerWeek(),
                span(baseline), counts(baseline), current.daysPerWeek(), span(current), counts(current)));
    }

    private static String span(Window window) {
        return window.days() % 7 == 0 ? window.days() / 7 + (window.days() == 7 ? " week" : " weeks")
                : window.days() + (window.days() == 1 ? " day" : " days");
    }

    private static String counts(Window window) {
        return window.yesDays() + " of " + window.days() + " days; " + window.answeredDays() + " answered";
    }
}
