package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.ThemeSwitcher;

/** The relief charts of a real history: each bar says its count, and a bar under 10 rated sessions is grey. */
@ExtendWith(ApplicationExtension.class)
class HistoryChartsTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private HistoryCharts charts;

    @Start
    void start(Stage stage) {
        charts = new HistoryCharts();
        Scene scene = new Scene(new ScrollPane(charts), 900, 700);
        // the base theme first, as the app has it, so that the app's sheet finds the colours it looks up
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), ThemeSwitcher.appStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    /** {@code count} finished sessions of a routine with its own tool, each rated 6 before and 4 after. */
    private void sessions(String name, Tool tool, int count) {
        Routine routine = new Routine(name, "", PerformedBy.SELF, List.of(Step.of(tool, Area.UPPER_BACK, 60)));
        var store = temp.storage().sessions();
        for (int day = 1; day <= count; day++) {
            Instant when = TempStorage.NOW.minus(Duration.ofDays(day));
            long id = store.start(Optional.empty(), routine, when);
            store.recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
            store.finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
            temp.storage().pain().rateSession(id, new PainEntry(PainKind.BEFORE, when, new PainScore(6), Set.of(), ""));
            temp.storage().pain().rateSession(id, new PainEntry(PainKind.AFTER, when, new PainScore(4), Set.of(), ""));
        }
    }

    /** Each bar's count in brackets, e.g. "(9 rated)", and whether its node is greyed out. */
    private static Map<String, Boolean> greyByCount(BarChart<?, ?> chart) {
        return chart.getData().get(0).getData().stream().collect(Collectors.toMap(
                bar -> {
                    String label = String.valueOf(((XYChart.Data<?, ?>) bar).getYValue());
                    return label.substring(label.lastIndexOf('('));
                },
                bar -> ((XYChart.Data<?, ?>) bar).getNode().getStyleClass().contains(HistoryCharts.FEW_RATINGS)));
    }

    @Test
    void aBarOverNineRatedSessionsIsGreyAndOneOverTenIsNot(FxRobot robot) {
        sessions("Nine", Tool.FOAM_ROLLER, 9);
        sessions("Ten", Tool.COLD_BALL, 10);
        InsightReport report = temp.storage().sessions().insights(
                HistoryQuery.lastDays(TempStorage.NOW.atZone(TempStorage.CLOCK.getZone()).toLocalDate(), 90)
                        .filter(TempStorage.CLOCK.getZone()), TempStorage.CLOCK.getZone());

        robot.interact(() -> charts.show(report));

        Map<String, Boolean> grey = Map.of("(9 rated)", true, "(10 rated)", false);
        BarChart<?, ?> byRoutine = robot.lookup("#reliefByRoutineChart").queryAs(BarChart.class);
        assertEquals(grey, greyByCount(byRoutine));
        assertEquals(grey, greyByCount(robot.lookup("#reliefByToolChart").queryAs(BarChart.class)));
        assertEquals(List.of("Nine (9 rated)"), byRoutine.getData().get(0).getData().stream()
                .filter(bar -> ((XYChart.Data<?, ?>) bar).getNode().getStyleClass().contains("chart-bar"))
                .filter(bar -> ((XYChart.Data<?, ?>) bar).getNode().getStyleClass().contains(HistoryCharts.FEW_RATINGS))
                .map(bar -> String.valueOf(((XYChart.Data<?, ?>) bar).getYValue())).toList(),
                "the grey class sits beside the chart's own bar class");
    }

    private InsightReport report() {
        return temp.storage().sessions().insights(
                HistoryQuery.lastDays(TempStorage.NOW.atZone(TempStorage.CLOCK.getZone()).toLocalDate(), 90)
                        .filter(TempStorage.CLOCK.getZone()), TempStorage.CLOCK.getZone());
    }

    @Test
    void sessionsPerWeekCountsInWholeNumbersOnly(FxRobot robot) {
        sessions("Daily", Tool.FOAM_ROLLER, 5);
        InsightReport report = report();

        robot.interact(() -> {
            charts.show(report);
            charts.applyCss();
            charts.layout();
        });

        NumberAxis axis = (NumberAxis) robot.lookup("#sessionsPerWeekChart").queryAs(BarChart.class).getYAxis();
        List<Double> ticks = axis.getTickMarks().stream().map(tick -> tick.getValue().doubleValue()).toList();
        assertTrue(ticks.size() >= 3, "ticks: " + ticks);
        assertTrue(ticks.stream().allMatch(tick -> tick == Math.rint(tick)), "ticks: " + ticks);
        assertFalse(axis.isMinorTickVisible(), "no ticks between whole numbers");
    }

    @Test
    void aCountAxisStepsByOneTwoOrFiveTimesATen() {
        assertEquals(List.of(1, 1, 2, 2, 5, 10, 50), List.of(0, 8, 9, 16, 40, 41, 390).stream()
                .map(CountAxis::unit).toList());
    }

    @Test
    void painLinesAreOrangeBlueAndADottedCheckInLineWithTheirCountsInTheLegend(FxRobot robot) {
        sessions("Daily", Tool.FOAM_ROLLER, 3);
        InsightReport report = report();

        robot.interact(() -> {
            charts.show(report);
            charts.applyCss();
            charts.layout();
        });

        LineChart<?, ?> pain = robot.lookup("#painChart").queryAs(LineChart.class);
        List<Path> lines = pain.getData().stream().map(series -> (Path) ((XYChart.Series<?, ?>) series).getNode()).toList();
        assertEquals(List.<Paint>of(Color.web("#e69f00"), Color.web("#0072b2")),
                List.of(lines.get(0).getStroke(), lines.get(1).getStroke()), "Okabe–Ito orange and blue");
        assertFalse(lines.get(2).getStrokeDashArray().isEmpty(), "the check-in line is dotted");
        Node afterPoint = ((XYChart.Data<?, ?>) pain.getData().get(1).getData().get(0)).getNode();
        assertEquals(Color.web("#0072b2"), ((Region) afterPoint).getBackground().getFills().get(0).getFill());
        assertEquals(List.of("Before sessions (3 rated sessions)", "After sessions (3 rated sessions)",
                "Daily check-ins (0 days)"), pain.getData().stream().map(series -> ((XYChart.Series<?, ?>) series).getName()).toList());
        BarChart<?, ?> perWeek = robot.lookup("#sessionsPerWeekChart").queryAs(BarChart.class);
        Node bar = ((XYChart.Data<?, ?>) perWeek.getData().get(0).getData().get(0)).getNode();
        // the base theme draws a bar as a gradient around its fill colour: the middle stop is the colour itself
        LinearGradient barFill = (LinearGradient) ((Region) bar).getBackground().getFills().get(0).getFill();
        Color middle = barFill.getStops().get(2).getColor();
        Color blue = Color.web("#0072b2");
        assertTrue(Math.abs(middle.getRed() - blue.getRed()) + Math.abs(middle.getGreen() - blue.getGreen())
                + Math.abs(middle.getBlue() - blue.getBlue()) < 0.03, "blue, not the theme's chart colour: " + middle);
    }
}
