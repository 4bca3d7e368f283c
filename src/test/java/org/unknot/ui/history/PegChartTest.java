package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PegAnswer;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.ThemeSwitcher;

/** The weekly PEG score beside the pain lines: its own line, at its week, counted in the legend. */
@ExtendWith(ApplicationExtension.class)
class PegChartTest {

    private static final LocalDate TODAY = LocalDate.now(TempStorage.CLOCK);

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private HistoryCharts charts;

    @Start
    void start(Stage stage) {
        charts = new HistoryCharts();
        Scene scene = new Scene(new ScrollPane(charts), 900, 700);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), ThemeSwitcher.appStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private InsightReport report() {
        return temp.storage().sessions().insights(HistoryQuery.lastDays(TODAY, 90).filter(TempStorage.CLOCK.getZone()),
                TempStorage.CLOCK.getZone());
    }

    private void checkIn(LocalDate day, int score) {
        temp.storage().pain().checkIn(day, new PainEntry(PainKind.CHECK_IN, day.atTime(9, 0)
                .atZone(TempStorage.CLOCK.getZone()).toInstant(), new PainScore(score), Set.of(), ""));
    }

    @Test
    void eachAnsweredWeekIsAPointOfThePegLineAndTheLegendCountsTheAnswers(FxRobot robot) {
        LocalDate thisWeek = PegAnswer.weekOf(TODAY);
        for (int week = 0; week < 3; week++) {
            checkIn(thisWeek.minusWeeks(week).plusDays(1), 5);
        }
        temp.storage().peg().save(new PegAnswer(thisWeek.minusWeeks(2), 6, 6, 5), TempStorage.NOW);
        temp.storage().peg().save(new PegAnswer(thisWeek, 3, 4, 2), TempStorage.NOW);
        InsightReport report = report();

        robot.interact(() -> {
            charts.show(report);
            charts.applyCss();
            charts.layout();
        });

        LineChart<?, ?> pain = robot.lookup("#painChart").queryAs(LineChart.class);
        XYChart.Series<?, ?> peg = pain.getData().get(3);
        assertEquals("PEG (2 answers)", peg.getName());
        assertEquals(List.of(0.0, 2.0), peg.getData().stream().map(point -> ((Number) point.getXValue()).doubleValue())
                .toList(), "at the first and the third week; the second was not answered");
        assertEquals(17 / 3.0, ((Number) peg.getData().get(0).getYValue()).doubleValue(), 1e-9);
        assertEquals(3.0, ((Number) peg.getData().get(1).getYValue()).doubleValue(), 1e-9);
        Path line = (Path) peg.getNode();
        assertEquals(Color.web("#009e73"), line.getStroke());
        assertFalse(line.getStrokeDashArray().isEmpty(), "dashed, apart from the check-ins' dots");
    }

    @Test
    void withoutAnswersThereIsNoPegLine(FxRobot robot) {
        checkIn(TODAY, 4);
        InsightReport report = report();

        robot.interact(() -> charts.show(report));

        assertEquals(3, robot.lookup("#painChart").queryAs(LineChart.class).getData().size());
    }
}
