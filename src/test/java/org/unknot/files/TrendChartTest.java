package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unknot.files.ReportContent.TrendPoint;

/**
 * The weekly pain chart, read as the PDF drawing operators it writes: where each point, line, label and legend
 * entry lands in a 400 × 190 pt chart whose plot runs from x 28 to 392 and from y 40 (pain 0) to 168 (pain 10).
 */
class TrendChartTest {

    private static final float WIDTH = 400;
    private static final float HEIGHT = 190;
    private static final float LEFT = 28;
    private static final float BOTTOM = 40;
    private static final float PLOT_WIDTH = WIDTH - LEFT - 8;
    private static final float PLOT_HEIGHT = HEIGHT - BOTTOM - 22;
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final String BEFORE_STROKE = "0.7098 0.2902 0.18431 RG";
    private static final String AFTER_STROKE = "0.16471 0.43529 0.59216 RG";
    private static final String CHECK_IN_FILL = "0.36863 0.54902 0.19216 rg";

    private Document document;
    private PdfWriter writer;
    private BaseFont font;

    @BeforeEach
    void openDocument() throws Exception {
        document = new Document();
        writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    }

    @AfterEach
    void closeDocument() throws Exception {
        document.add(new com.lowagie.text.Paragraph("end"));
        document.close();
    }

    private Image chart(List<TrendPoint> weeks) {
        return TrendChart.draw(writer.getDirectContent(), font, weeks, WIDTH, HEIGHT);
    }

    private String operators(List<TrendPoint> weeks) {
        return chart(weeks).getTemplateData().toString();
    }

    /** Weeks from {@link #MONDAY} with the given pain before; null is a week without one. */
    private static List<TrendPoint> before(Double... pains) {
        List<TrendPoint> weeks = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            OptionalDouble pain = pains[i] == null ? OptionalDouble.empty() : OptionalDouble.of(pains[i]);
            weeks.add(TrendPoints.of(MONDAY.plusWeeks(i), pain, OptionalDouble.empty(), OptionalDouble.empty()));
        }
        return weeks;
    }

    private static float x(int week, int weeks) {
        return weeks > 1 ? LEFT + week * (PLOT_WIDTH / (weeks - 1)) : LEFT + PLOT_WIDTH / 2;
    }

    private static float y(double pain) {
        return BOTTOM + (float) (Math.max(0, Math.min(10, pain)) / 10.0) * PLOT_HEIGHT;
    }

    private static String op(double x, double y, String operator) {
        return ByteBuffer.formatDouble(x) + " " + ByteBuffer.formatDouble(y) + " " + operator + "\n";
    }

    /** The part of the operators from the first occurrence of {@code from} up to {@code to} (or the end). */
    private static String section(String operators, String from, String to) {
        int start = operators.indexOf(from);
        assertTrue(start >= 0, from + " in\n" + operators);
        int end = to == null ? operators.length() : operators.indexOf(to, start);
        return operators.substring(start, end < 0 ? operators.length() : end);
    }

    @Test
    void consecutiveWeeksAreJoinedAndAWeekWithoutRatingBreaksTheLine() {
        String line = section(operators(before(6.0, 5.0, null, 4.0, 2.0)), BEFORE_STROKE, AFTER_STROKE);

        assertTrue(line.contains(op(x(0, 5), y(6), "m") + op(x(1, 5), y(5), "l") + "S\n"), line);
        assertTrue(line.contains(op(x(3, 5), y(4), "m") + op(x(4, 5), y(2), "l") + "S\n"), line);
        assertEquals(2, line.split("\nS\n", -1).length - 1, "two strokes: " + line);
    }

    @Test
    void aLoneWeekIsAStrokeOfOnePointAndEveryRatedWeekGetsADot() {
        String line = section(operators(before(3.0, null, 7.0)), BEFORE_STROKE, AFTER_STROKE);

        assertTrue(line.contains(op(x(0, 3), y(3), "m") + "S\n" + op(x(2, 3), y(7), "m") + "S\n"), line);
        // a dot of radius 1.8 starts at its rightmost point
        assertTrue(line.contains(op(x(0, 3) + 1.8f, y(3), "m")), line);
        assertTrue(line.contains(op(x(2, 3) + 1.8f, y(7), "m")), line);
        assertEquals(2, line.split("\nf\n", -1).length - 1, "two dots: " + line);
    }

    @Test
    void aSingleWeekSitsInTheMiddleOfThePlot() {
        String line = section(operators(before(5.0)), BEFORE_STROKE, AFTER_STROKE);

        assertTrue(line.contains(op(LEFT + PLOT_WIDTH / 2, y(5), "m") + "S\n"), line);
        assertEquals(210f, LEFT + PLOT_WIDTH / 2);
    }

    @Test
    void meansOutsideZeroToTenAreDrawnAtTheEdgeOfThePlot() {
        String line = section(operators(before(12.0, -1.0)), BEFORE_STROKE, AFTER_STROKE);

        assertTrue(line.contains(op(LEFT, 168, "m") + op(LEFT + PLOT_WIDTH, BOTTOM, "l") + "S\n"), line);
    }

    @Test
    void painAfterIsItsOwnLineAndCheckInsAreDotsInTheirOwnColour() {
        List<TrendPoint> weeks = List.of(
                TrendPoints.of(MONDAY, OptionalDouble.empty(), OptionalDouble.of(4), OptionalDouble.of(5)),
                TrendPoints.of(MONDAY.plusWeeks(1), OptionalDouble.empty(), OptionalDouble.of(2),
                        OptionalDouble.empty()));
        String operators = operators(weeks);

        String after = section(operators, AFTER_STROKE, CHECK_IN_FILL);
        assertTrue(after.contains(op(x(0, 2), y(4), "m") + op(x(1, 2), y(2), "l") + "S\n"), after);
        String checkIns = section(operators, CHECK_IN_FILL, "BT");
        assertTrue(checkIns.startsWith(CHECK_IN_FILL + "\n" + op(x(0, 2) + 2.6f, y(5), "m")), checkIns);
        assertEquals(1, checkIns.split("\nf\n", -1).length - 1, "one check-in dot: " + checkIns);
        assertFalse(section(operators, BEFORE_STROKE, AFTER_STROKE).contains(" l\n"), "no before line");
    }

    @Test
    void theGridHasALineAndALabelEveryTwoPointsAndTheZeroLineIsTheAxis() {
        String operators = operators(before(5.0, 5.0));

        for (int pain = 0; pain <= 10; pain += 2) {
            float level = BOTTOM + pain / 10f * PLOT_HEIGHT;
            String gridLine = op(LEFT, level, "m") + op(LEFT + PLOT_WIDTH, level, "l") + "S\n";
            String colour = pain == 0 ? "0.33333 0.33333 0.33333 RG\n" : "0.86667 0.86667 0.86667 RG\n";
            assertTrue(operators.contains(colour + gridLine), "pain " + pain + " in\n" + operators);
            String label = Integer.toString(pain);
            float labelX = LEFT - 5 - font.getWidthPoint(label, 8);
            assertTrue(operators.contains("1 0 0 1 " + op(labelX, level - 2.8f, "Tm") + "(" + label + ")Tj"),
                    "label " + label + " in\n" + operators);
        }
        // the vertical axis and its title
        assertTrue(operators.contains(op(LEFT, BOTTOM, "m") + op(LEFT, BOTTOM + PLOT_HEIGHT, "l") + "S\n"));
        assertTrue(operators.contains("1 0 0 1 6 176 Tm\n(Pain \\(0"), operators);
        assertTrue(operators.contains("(Week starting"), operators);
        assertTrue(operators.contains(" below it, n = sessions rated before / days checked in that week)Tj"), operators);
    }

    @Test
    void weekLabelsAreSpacedSoTheyDoNotOverlap() {
        Double[] twenty = new Double[20];
        String operators = operators(before(twenty));

        // 20 weeks from 7 September cross into 2027, so labels carry the year and need 51 pt;
        // 364 pt over 19 gaps is 19.2 pt a week, so every third week is labelled
        for (int week = 0; week < 20; week++) {
            LocalDate start = MONDAY.plusWeeks(week);
            String label = "(" + start.getDayOfMonth() + " " + start.getMonth().getDisplayName(
                    java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + start.getYear() + ")Tj";
            String tick = op(x(week, 20), BOTTOM, "m") + op(x(week, 20), BOTTOM - 3, "l");
            assertEquals(week % 3 == 0, operators.contains(label), label);
            assertEquals(week % 3 == 0, operators.contains(tick), "tick of week " + week);
        }
    }

    @Test
    void underEachWeekItsRatingsAreCountedAndSummedOverTheWeeksALabelStandsFor() {
        List<TrendPoint> two = List.of(new TrendPoint(MONDAY, OptionalDouble.of(5), OptionalDouble.empty(),
                OptionalDouble.of(4), 3, 6), new TrendPoint(MONDAY.plusWeeks(1), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 0, 0));
        String operators = operators(two);
        assertTrue(operators.contains("(3/6)Tj"), operators);
        assertTrue(operators.contains("(0/0)Tj"), operators);

        // twenty weeks: a label every third week, its count the sum of its weeks up to the next label
        List<TrendPoint> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(new TrendPoint(MONDAY.plusWeeks(i), OptionalDouble.of(5), OptionalDouble.empty(),
                    OptionalDouble.of(4), 2, i));
        }
        String summed = operators(twenty);
        assertTrue(summed.contains("(6/3)Tj"), "weeks 0-2: 2+2+2 rated, 0+1+2 days\n" + summed);
        assertTrue(summed.contains("(4/37)Tj"), "weeks 18-19\n" + summed);
        assertTrue(summed.contains("checked in from each date to the next)Tj"), summed);
    }

    @Test
    void everyPointHasADotUpToTwentySixWeeksAndOnlyLoneWeeksBeyond() {
        Double[] weeks = new Double[27];
        java.util.Arrays.fill(weeks, 5.0);
        weeks[20] = null;
        weeks[22] = null;
        String many = operators(before(weeks));
        String few = operators(before(java.util.Arrays.copyOf(weeks, 26)));

        // a 1.8 pt dot is a circle of four curves
        assertEquals(4 * 24, section(few, BEFORE_STROKE, "[4 2] 0 d").split(" c\n").length - 1, few);
        assertEquals(4, section(many, BEFORE_STROKE, "[4 2] 0 d").split(" c\n").length - 1,
                "only week 21, alone between two gaps, keeps a dot\n" + many);
        assertTrue(section(many, BEFORE_STROKE, "[4 2] 0 d").contains(op(x(21, 27) + 1.8f, y(5), "m")), many);
    }

    @Test
    void theLineAfterSessionsIsDashedSoItStaysApartInGrey() {
        String before = operators(before(6.0, 5.0));
        String after = operators(List.of(TrendPoints.of(MONDAY, OptionalDouble.empty(), OptionalDouble.of(4),
                OptionalDouble.empty()), TrendPoints.of(MONDAY.plusWeeks(1), OptionalDouble.empty(),
                OptionalDouble.of(3), OptionalDouble.empty())));

        String line = op(x(0, 2), BOTTOM + 0.4f * PLOT_HEIGHT, "m");
        assertTrue(section(after, "[4 2] 0 d", null).contains(line), after);
        assertTrue(section(before, "[] 0 d", null).contains(op(x(0, 2), BOTTOM + 0.6f * PLOT_HEIGHT, "m")), before);
    }

    @Test
    void weeksAcrossAYearNameTheYearAndTheLastLabelStaysInsideTheChart() {
        LocalDate december = LocalDate.of(2026, 12, 21);
        List<TrendPoint> weeks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            weeks.add(TrendPoints.of(december.plusWeeks(i), OptionalDouble.of(5), OptionalDouble.empty(),
                    OptionalDouble.empty()));
        }
        String operators = operators(weeks);

        assertTrue(operators.contains("1 0 0 1 " + op(x(0, 3) - font.getWidthPoint("21 Dec 2026", 8) / 2,
                BOTTOM - 12, "Tm") + "(21 Dec 2026)Tj"), operators);
        assertTrue(operators.contains("1 0 0 1 " + op(WIDTH - font.getWidthPoint("4 Jan 2027", 8), BOTTOM - 12, "Tm")
                + "(4 Jan 2027)Tj"), "flush with the right edge, not centred past it: " + operators);
    }

    @Test
    void aBaselineShadesTheBandThirtyPercentBelowIt() {
        String operators = TrendChart.draw(writer.getDirectContent(), font, before(6.0, 5.0), WIDTH, HEIGHT,
                OptionalDouble.of(5.0)).getTemplateData().toString();

        assertTrue(operators.contains("(30 % below baseline)Tj"), operators);
        // from the axis up to 3.5/10 (30 % below 5.0), the whole plot wide
        String band = ByteBuffer.formatDouble(LEFT) + " " + ByteBuffer.formatDouble(BOTTOM) + " "
                + ByteBuffer.formatDouble(PLOT_WIDTH) + " " + ByteBuffer.formatDouble(0.35f * PLOT_HEIGHT) + " re";
        assertTrue(operators.contains(band), band + " in " + operators);
        assertFalse(operators(before(6.0, 5.0)).contains("below baseline"), "no baseline, no band");
        assertFalse(operators(before(6.0, 5.0)).contains(" re\n"), "no baseline, no band");
    }

    @Test
    void everyWeekIsLabelledWhenThereIsRoom() {
        String operators = operators(before(1.0, 2.0, 3.0));

        assertTrue(operators.contains("(7 Sep)Tj"), operators);
        assertTrue(operators.contains("(14 Sep)Tj"), operators);
        assertTrue(operators.contains("(21 Sep)Tj"), operators);
        float centred = x(1, 3) - font.getWidthPoint("14 Sep", 8) / 2;
        assertTrue(operators.contains("1 0 0 1 " + op(centred, BOTTOM - 12, "Tm") + "(14 Sep)Tj"), operators);
    }

    @Test
    void theLegendIsRightAlignedAboveThePlot() {
        String operators = operators(before(5.0));
        float before = font.getWidthPoint("Mean pain before sessions", 8);
        float after = font.getWidthPoint("Mean pain after sessions", 8);
        float checkIns = font.getWidthPoint("Daily check-ins", 8);
        float start = WIDTH - 8 - (36 + before + 32 + after + 11 + checkIns);
        float baseline = HEIGHT - 10;
        float second = start + 18 + before + 14;
        float third = second + 18 + after + 14;

        String legend = operators.substring(operators.lastIndexOf(BEFORE_STROKE));
        assertTrue(legend.contains(op(start, baseline + 3, "m") + op(start + 14, baseline + 3, "l")), legend);
        assertTrue(legend.contains("1 0 0 1 " + op(start + 18, baseline, "Tm") + "(Mean pain before sessions)Tj"),
                legend);
        assertTrue(legend.contains(AFTER_STROKE + "\n1.6 w\n[4 2] 0 d\n" + op(second, baseline + 3, "m")
                + op(second + 14, baseline + 3, "l")), legend);
        assertTrue(legend.contains("1 0 0 1 " + op(second + 18, baseline, "Tm") + "(Mean pain after sessions)Tj"),
                legend);
        assertTrue(legend.contains(CHECK_IN_FILL + "\n" + op(third + 4 + 2.6f, baseline + 3, "m")), legend);
        assertTrue(legend.contains("1 0 0 1 " + op(third + 11, baseline, "Tm") + "(Daily check-ins)Tj"), legend);
        // the sum in TrendChart.legend counts 4 pt more than it draws, so the legend ends 4 pt short of the edge
        float end = third + 11 + checkIns;
        assertTrue(end <= WIDTH - 8 && end >= WIDTH - 8 - 4.01, "the legend ends at " + end);
    }

    @Test
    void theChartIsACentredImageOfTheGivenSize() {
        Image image = chart(before(5.0));

        assertEquals(Element.ALIGN_CENTER, image.getAlignment());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
    }
}
