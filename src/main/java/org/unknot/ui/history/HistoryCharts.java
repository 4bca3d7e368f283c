package org.unknot.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Relief;
import org.unknot.domain.WeeklyPain;
import org.unknot.files.ReportContent;

/**
 * Pain over time (weekly means of before, after and check-ins), relief by routine and by tool, sessions per week.
 * Weekly means are the down-sampling: a chart never has more points than weeks, merged further past two years.
 */
final class HistoryCharts extends VBox {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final int MAX_POINTS = 104;

    private final LineChart<String, Number> pain = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 10, 2));
    private final BarChart<String, Number> byRoutine = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> byTool = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> perWeek = new BarChart<>(new CategoryAxis(), new NumberAxis());

    HistoryCharts() {
        setId("historyCharts");
        setSpacing(18);
        pain.setId("painChart");
        pain.setTitle("Pain by week (0–10)");
        pain.setAnimated(false);
        pain.setPrefHeight(280);
        for (BarChart<String, Number> chart : List.of(byRoutine, byTool, perWeek)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setPrefHeight(220);
        }
        byRoutine.setId("reliefByRoutineChart");
        byRoutine.setTitle("Immediate relief by routine (points less after)");
        byTool.setId("reliefByToolChart");
        byTool.setTitle("Immediate relief by tool (points less after)");
        perWeek.setId("sessionsPerWeekChart");
        perWeek.setTitle("Sessions per week");
        getChildren().addAll(pain, byRoutine, byTool, perWeek);
    }

    void show(InsightReport insights, ReportContent report) {
        List<ReportContent.TrendPoint> weeks = report.weekly();
        int step = Math.max(1, (weeks.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i += step) {
            labels.add(WEEK.format(weeks.get(i).weekStart()));
        }
        ((CategoryAxis) pain.getXAxis()).setCategories(FXCollections.observableArrayList(labels));
        pain.getData().setAll(List.of(
                series("Before sessions", weeks, step, ReportContent.TrendPoint::meanBefore),
                series("After sessions", weeks, step, ReportContent.TrendPoint::meanAfter),
                series("Daily check-ins", weeks, step, ReportContent.TrendPoint::meanCheckIn)));
        byRoutine.getData().setAll(List.of(relief(insights.byRoutine())));
        byTool.getData().setAll(List.of(relief(insights.byTool())));
        XYChart.Series<String, Number> sessions = new XYChart.Series<>();
        for (int i = 0; i < insights.weekly().size(); i += step) {
            int count = 0;
            for (WeeklyPain week : insights.weekly().subList(i, Math.min(i + step, insights.weekly().size()))) {
                count += week.sessions();
            }
            sessions.getData().add(new XYChart.Data<>(WEEK.format(insights.weekly().get(i).weekStart()), count));
        }
        perWeek.getData().setAll(List.of(sessions));
    }

    private static XYChart.Series<String, Number> series(String name, List<ReportContent.TrendPoint> weeks, int step,
                                                         Function<ReportContent.TrendPoint, OptionalDouble> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0; i < weeks.size(); i += step) {
            double sum = 0;
            int count = 0;
            for (ReportContent.TrendPoint week : weeks.subList(i, Math.min(i + step, weeks.size()))) {
                OptionalDouble mean = value.apply(week);
                if (mean.isPresent()) {
                    sum += mean.getAsDouble();
                    count++;
                }
            }
            if (count > 0) {
                series.getData().add(new XYChart.Data<>(WEEK.format(weeks.get(i).weekStart()), sum / count));
            }
        }
        return series;
    }

    private static XYChart.Series<String, Number> relief(List<Relief> groups) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Relief group : groups) {
            group.meanRelief().ifPresent(mean -> series.getData().add(new XYChart.Data<>(
                    group.label() + " (" + group.rated() + ")", mean)));
        }
        return series;
    }
}
