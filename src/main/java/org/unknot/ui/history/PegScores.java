package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PegSummary;
import org.unknot.domain.WeeklyPain;

/** The weekly PEG scores as a series of the pain chart: a week's point is its answer's score. */
final class PegScores {

    private PegScores() {
    }

    /** A week's PEG score, or empty when the week was not answered. */
    static Function<WeeklyPain, OptionalDouble> of(PegSummary peg) {
        Map<LocalDate, Double> scores = peg.answers().stream()
                .collect(Collectors.toMap(PegAnswer::week, PegAnswer::score));
        return week -> scores.containsKey(week.weekStart()) ? OptionalDouble.of(scores.get(week.weekStart()))
                : OptionalDouble.empty();
    }

    /** "PEG (4 answers)": the answers of the chart's weeks; empty when none, and the chart has no PEG line. */
    static Optional<String> legend(PegSummary peg, List<WeeklyPain> weeks) {
        Function<WeeklyPain, OptionalDouble> score = of(peg);
        long answers = weeks.stream().filter(week -> score.apply(week).isPresent()).count();
        return answers == 0 ? Optional.empty()
                : Optional.of("PEG (" + answers + (answers == 1 ? " answer)" : " answers)"));
    }
}
