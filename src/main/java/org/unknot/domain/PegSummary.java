package org.unknot.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The weekly PEG answers of a period and what they say (PRODUCT.md, "Insights"): the baseline is the mean score of
 * the first 2 answers, the current the mean of the last 2. Both are only claimed from 4 answers on, so that the two
 * windows never share an answer (with 2 or 3 the "change" would partly compare an answer with itself). A fall of 30 %
 * or more from baseline to current is a clear improvement in how pain interferes.
 */
public record PegSummary(List<PegAnswer> answers) {

    /** Answers in the baseline and in the current window. */
    public static final int WINDOW = 2;
    /** The fewest answers for a baseline and a current that do not overlap. */
    public static final int MIN_ANSWERS = 2 * WINDOW;
    public static final PegSummary NONE = new PegSummary(List.of());

    public PegSummary {
        answers = answers.stream().sorted(Comparator.comparing(PegAnswer::week)).toList();
    }

    public int count() {
        return answers.size();
    }

    /** Whether there are enough answers for a baseline and a current. */
    public boolean compared() {
        return count() >= MIN_ANSWERS;
    }

    /** The mean score of the first 2 answers; empty with fewer than 4 answers. */
    public OptionalDouble baseline() {
        return compared() ? OptionalDouble.of(baselineTotal() / (3.0 * WINDOW)) : OptionalDouble.empty();
    }

    /** The mean score of the last 2 answers; empty with fewer than 4 answers. */
    public OptionalDouble current() {
        return compared() ? OptionalDouble.of(currentTotal() / (3.0 * WINDOW)) : OptionalDouble.empty();
    }

    /** Current at most 70 % of baseline, compared in whole item points so that exactly 30 % counts. */
    public boolean clearImprovement() {
        return compared() && baselineTotal() > 0 && 10 * currentTotal() <= 7 * baselineTotal();
    }

    /** The change from baseline to current in % of the baseline (negative: lower); empty without both. */
    public OptionalDouble changePercent() {
        if (!compared() || baselineTotal() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((currentTotal() - baselineTotal()) * 100.0 / baselineTotal());
    }

    /** The latest answer, if any. */
    public Optional<PegAnswer> latest() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    /** The insight sentence to the user; empty when the period holds no answer. */
    public Optional<String> sentence() {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        if (!compared()) {
            return Optional.of(format("Weekly PEG (pain, and how it interferes with enjoyment of life and general"
                    + " activity): %s so far, the latest %s/10. A baseline and a current score need %d weekly"
                    + " answers.", InsightSentences.count(count(), "answer"), latest().orElseThrow().scoreText(),
                    MIN_ANSWERS));
        }
        return Optional.of(format("Weekly PEG (pain, and how it interferes with enjoyment of life and general"
                + " activity): %.1f/10 at first (first 2 answers) and %.1f/10 now (last 2 answers), %s over %s%s",
                baseline().getAsDouble(), current().getAsDouble(), direction(), InsightSentences.count(count(), "answer"),
                clearImprovement() ? ": a clear improvement in how pain interferes."
                        : ". A fall of 30 % or more would be a clear improvement."));
    }

    /** "37 % lower", "12 % higher" or "about the same". */
    public String direction() {
        OptionalDouble change = changePercent();
        if (change.isEmpty()) {
            return current().orElse(0) > 0 ? "higher" : "about the same";
        }
        double percent = change.getAsDouble();
        return Math.abs(percent) < 0.5 ? "about the same"
                : format("%.0f %% %s", Math.abs(percent), percent < 0 ? "lower" : "higher");
    }

    private int baselineTotal() {
        return answers.subList(0, WINDOW).stream().mapToInt(PegAnswer::total).sum();
    }

    private int currentTotal() {
        return answers.subList(count() - WINDOW, count()).stream().mapToInt(PegAnswer::total).sum();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
