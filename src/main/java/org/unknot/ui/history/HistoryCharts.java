package org.unknot.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Relief;
import org.unknot.domain.WeeklyPain;
import org.unknot.ui.common.Formats;

/**
 * Pain over time (weekly means of before, after and check-ins), where it hurt most often, relief by routine and by
 * tool, sessions per week.
 * Weekly means are the down-sampling: a chart never has more points than weeks, merged further past two years.
 */
final class HistoryCharts extends VBox {

    private static final String PEG_SHOWN = "peg-shown";
    private static final String PEG_NONE = "peg-none";

    static final int MAX_POINTS = 104;
    /** A relief bar over fewer rated sessions than a comparison needs. */
    static final String FEW_RATINGS = "few-ratings";
    /** What the relief charts' brackets and grey bars mean; the titles wrap (unknot.css, .relief-chart). */
    static final String COUNTS = ". In brackets: the sessions rated before and after; grey: under 10 of them,"
            + " too few to compare.";

    private final NumberAxis weeksAxis = new NumberAxis();
    private final LineChart<Number, Number> pain = new LineChart<>(weeksAxis, new NumberAxis(0, 10, 2));
    private final BarChart<Number, String> byRoutine = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final BarChart<Number, String> byTool = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final NumberAxis sessionsAxis = new NumberAxis();
    private final BarChart<String, Number> perWeek = new BarChart<>(new CategoryAxis(), sessionsAxis);
    private final PainAreasFigure painAreas = new PainAreasFigure();

    HistoryCharts() {
        setId("historyCharts");
        setSpacing(18);
        pain.setId("painChart");
        pain.setTitle("Pain by week (0–10)");
        pain.setAnimated(false);
        pain.setPrefHeight(280);
        pain.setVerticalZeroLineVisible(false);
        // Colour-blind-safe colours, a dashed check-in line and a shape per series: unknot.css, "History's charts".
        pain.getStyleClass().add("pain-chart");
        for (BarChart<?, ?> chart : List.of(byRoutine, byTool, perWeek)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setPrefHeight(220);
        }
        byRoutine.getStyleClass().add("relief-chart");
        byTool.getStyleClass().add("relief-chart");
        byRoutine.setId("reliefByRoutineChart");
        byRoutine.setTitle("Immediate relief by routine: points less after, on average" + COUNTS);
        byTool.setId("reliefByToolChart");
        byTool.setTitle("Immediate relief by tool: points less after, on average" + COUNTS);
        perWeek.setId("sessionsPerWeekChart");
        perWeek.setTitle("Sessions per week");
        sessionsAxis.setLabel("sessions");
        getChildren().addAll(pain, painAreas, byRoutine, byTool, perWeek);
    }

    void show(InsightReport insights) {
        List<WeeklyPain> weeks = insights.weekly();
        int step = Math.max(1, (weeks.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i += step) {
            labels.add(Formats.dayOfMonth(weeks.get(i).weekStart()));
        }
        // Points sit at their week's index; the axis prints the week's date under each index.
        weeksAxis.setAutoRanging(false);
        weeksAxis.setLowerBound(-0.5);
        weeksAxis.setUpperBound(Math.max(0.5, labels.size() - 0.5));
        weeksAxis.setTickUnit(Math.max(1, Math.ceil(labels.size() / 12.0)));
        weeksAxis.setMinorTickVisible(false);
        weeksAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                int at = (int) Math.round(index.doubleValue());
                return at >= 0 && at < labels.size() && Math.abs(index.doubleValue() - at) < 0.01 ? labels.get(at) : "";
            }

            @Override
            public Number fromString(String text) {
                return labels.indexOf(text);
            }
        });
        XYChart.Series<Number, Number> checkIns = series(legend("Daily check-ins", weeks, WeeklyPain::checkIns,
                "days"), weeks, step, WeeklyPain::meanCheckIn);
        pain.getData().setAll(List.of(
                series(legend("Before sessions", weeks, WeeklyPain::ratedBefore, "rated sessions"),
                        weeks, step, WeeklyPain::meanBefore),
                series(legend("After sessions", weeks, WeeklyPain::ratedAfter, "rated sessions"),
                        weeks, step, WeeklyPain::meanAfter),
                checkIns));
        Optional<String> peg = PegScores.legend(insights.peg(), weeks);
        peg.ifPresent(name -> pain.getData().add(series(name, weeks, step, PegScores.of(insights.peg()))));
        // the series are styled by their place: the PEG line comes fourth when shown, the flare rings after it
        pain.getStyleClass().removeAll(PEG_SHOWN, PEG_NONE);
        pain.getStyleClass().add(peg.isPresent() ? PEG_SHOWN : PEG_NONE);
        FlareMarks.of(weeks, step, checkIns).ifPresent(pain.getData()::add);
        painAreas.show(insights.painAreas());
        showRelief(byRoutine, insights.byRoutine());
        showRelief(byTool, insights.byTool());
        XYChart.Series<String, Number> sessions = new XYChart.Series<>();
        for (int i = 0; i < weeks.size(); i += step) {
            int count = 0;
            for (WeeklyPain week : weeks.subList(i, Math.min(i + step, weeks.size()))) {
                count += week.sessions();
            }
            sessions.getData().add(new XYChart.Data<>(Formats.dayOfMonth(weeks.get(i).weekStart()), count));
        }
        perWeek.getData().setAll(List.of(sessions));
        CountAxis.fit(sessionsAxis, sessions.getData().stream().mapToInt(bar -> bar.getYValue().intValue()).max()
                .orElse(0));
    }

    /** A legend entry says how many ratings its line is made of, e.g. "Before sessions (212 rated sessions)". */
    private static String legend(String name, List<WeeklyPain> weeks, ToIntFunction<WeeklyPain> rated, String unit) {
        return name + " (" + weeks.stream().mapToInt(rated).sum() + " " + unit + ")";
    }

    private static XYChart.Series<Number, Number> series(String name, List<WeeklyPain> weeks, int step,
                                                         Function<WeeklyPain, OptionalDouble> value) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0, index = 0; i < weeks.size(); i += step, index++) {
            double sum = 0;
            int count = 0;
            for (WeeklyPain week : weeks.subList(i, Math.min(i + step, weeks.size()))) {
                OptionalDouble mean = value.apply(week);
                if (mean.isPresent()) {
                    sum += mean.getAsDouble();
                    count++;
                }
            }
            if (count > 0) {
                series.getData().add(new XYChart.Data<>(index, sum / count));
            }
        }
        return series;
    }

    /**
     * Horizontal bars, so that routine names stay readable; the chart grows with the number of bars. Each label says
     * how many rated sessions its mean is over, and a bar over fewer than can be compared is grey.
     */
    private static void showRelief(BarChart<Number, String> chart, List<Relief> groups) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Boolean> few = new ArrayList<>();
        for (Relief group : groups) {
            group.meanRelief().ifPresent(mean -> {
                series.getData().add(new XYChart.Data<>(mean, group.label() + " (" + group.rated() + " rated)"));
                few.add(!group.comparable());
            });
        }
        chart.getData().setAll(List.of(series));
        // The chart sets its bars' style classes when it takes the series in; the grey one is added after that.
        for (int i = 0; i < few.size(); i++) {
            if (few.get(i)) {
                series.getData().get(i).getNode().getStyleClass().add(FEW_RATINGS);
            }
        }
        chart.setPrefHeight(130 + 44 * series.getData().size());
    }
}
