package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.unknot.domain.WeeklyPain;

/** The pain chart rings the check-in point of each week with a flare day, and counts the flare days in its legend. */
class FlareMarksTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static WeeklyPain week(int index, double checkIn, int flareDays) {
        return new WeeklyPain(MONDAY.plusWeeks(index), 0, OptionalDouble.empty(), 0, OptionalDouble.empty(), 0,
                OptionalDouble.of(checkIn), 3, flareDays);
    }

    private static XYChart.Series<Number, Number> checkIns(double... means) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < means.length; i++) {
            series.getData().add(new XYChart.Data<>(i, means[i]));
        }
        return series;
    }

    private static List<String> points(XYChart.Series<Number, Number> series) {
        return series.getData().stream().map(point -> point.getXValue() + ":" + point.getYValue()).toList();
    }

    @Test
    void aWeekWithAFlareDayIsRingedWhereItsCheckInPointIs() {
        List<WeeklyPain> weeks = List.of(week(0, 4, 0), week(1, 7.5, 2), week(2, 5, 0));

        XYChart.Series<Number, Number> marks = FlareMarks.of(weeks, 1, checkIns(4, 7.5, 5)).orElseThrow();

        assertEquals(List.of("1:7.5"), points(marks));
        assertEquals("Flare days (2)", marks.getName());
    }

    @Test
    void groupedWeeksAreRingedWhenAnyOfThemHadAFlare() {
        List<WeeklyPain> weeks = List.of(week(0, 4, 0), week(1, 6, 0), week(2, 5, 0), week(3, 8, 1));

        assertEquals(List.of("1:6.5"), points(FlareMarks.of(weeks, 2, checkIns(5, 6.5)).orElseThrow()));
    }

    @Test
    void aPeriodWithoutFlareDaysHasNoMarks() {
        assertTrue(FlareMarks.of(List.of(week(0, 4, 0)), 1, checkIns(4)).isEmpty());
    }
}
