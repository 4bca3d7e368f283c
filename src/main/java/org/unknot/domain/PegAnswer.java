package org.unknot.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * One week's PEG (Krebs et al. 2009, J Gen Intern Med 24:733): average pain in the past week, and how pain
 * interfered with enjoyment of life and with general activity, each 0–10. The score is their mean. A week is named by
 * its Monday (the user's local date), as History's weeks are; there is at most one answer per week.
 */
public record PegAnswer(LocalDate week, int pain, int enjoyment, int activity) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    /** The three questions, in Krebs 2009's words, in the order of the answer's items. */
    public static final String PAIN_QUESTION =
            "What number best describes your pain on average in the past week?";
    public static final String ENJOYMENT_QUESTION =
            "What number best describes how, during the past week, pain has interfered with your enjoyment of life?";
    public static final String ACTIVITY_QUESTION =
            "What number best describes how, during the past week, pain has interfered with your general activity?";

    public PegAnswer {
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A PEG week is named by its Monday, not " + week + ".");
        }
        problem(pain, enjoyment, activity).ifPresent(sentence -> {
            throw new IllegalArgumentException(sentence);
        });
    }

    /** This week's answer from what the user chose; refuses a missing item or one outside 0–10 with its sentence. */
    public static PegAnswer of(LocalDate week, Integer pain, Integer enjoyment, Integer activity) {
        Optional<String> problem = problem(pain, enjoyment, activity);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new PegAnswer(week, pain, enjoyment, activity);
    }

    /** Why these items cannot be an answer, in one plain sentence (null is an item not chosen); empty when they can. */
    public static Optional<String> problem(Integer pain, Integer enjoyment, Integer activity) {
        return problem("average pain", pain).or(() -> problem("enjoyment of life", enjoyment))
                .or(() -> problem("general activity", activity));
    }

    private static Optional<String> problem(String item, Integer value) {
        if (value == null) {
            return Optional.of("Choose a number from 0 to 10 for " + item + "; each of the three questions needs one.");
        }
        if (value < MIN || value > MAX) {
            return Optional.of("The answer for " + item + " must be from 0 to 10, not " + value + ".");
        }
        return Optional.empty();
    }

    /** The week {@code day} belongs to, named by its Monday. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The three items added up, 0–30: means compare exactly in these. */
    public int total() {
        return pain + enjoyment + activity;
    }

    /** The PEG score: the mean of the three items, 0–10. */
    public double score() {
        return total() / 3.0;
    }

    /** The score with one decimal, e.g. "5.3". */
    public String scoreText() {
        return String.format(Locale.ROOT, "%.1f", score());
    }
}
