package org.unknot.ui.history;

import java.util.List;
import java.util.Optional;
import javafx.scene.chart.XYChart;
import org.unknot.domain.WeeklyPain;

/**
 * The pain chart's flare marks: a ring around the check-in point of each week (or group of weeks) with a flare day,
 * as a fourth series whose legend counts the flare days. Its look is in unknot.css ("Flare days").
 */
final class FlareMarks {

    private FlareMarks() {
    }

    /** The marks over {@code checkIns}' points, grouped {@code step} weeks a point; empty without a flare day. */
    static Optional<XYChart.Series<Number, Number>> of(List<WeeklyPain> weeks, int step,
                                                        XYChart.Series<Number, Number> checkIns) {
        int total = weeks.stream().mapToInt(WeeklyPain::flareDays).sum();
        if (total == 0) {
            return Optional.empty();
        }
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        marks.setName("Flare days (" + total + ")");
        for (XYChart.Data<Number, Number> point : checkIns.getData()) {
            int first = point.getXValue().intValue() * step;
            boolean flare = weeks.subList(first, Math.min(first + step, weeks.size())).stream()
                    .anyMatch(week -> week.flareDays() > 0);
            if (flare) {
                marks.getData().add(new XYChart.Data<>(point.getXValue(), point.getYValue()));
            }
        }
        return Optional.of(marks);
    }
}
