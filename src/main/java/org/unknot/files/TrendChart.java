package org.unknot.files;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.unknot.files.ReportContent.TrendPoint;

/** The weekly pain chart of the report's first page, drawn as vector lines so it prints sharply at any size. */
final class TrendChart {

    static final Color BEFORE = new Color(0xB5, 0x4A, 0x2F);
    static final Color AFTER = new Color(0x2A, 0x6F, 0x97);
    static final Color CHECK_IN = new Color(0x5E, 0x8C, 0x31);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color AXIS = new Color(0x55, 0x55, 0x55);
    private static final Color BAND = new Color(0xE3, 0xEE, 0xE0);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private static final String BEFORE_LABEL = "Mean pain before sessions";
    private static final String AFTER_LABEL = "Mean pain after sessions";
    private static final String CHECK_IN_LABEL = "Daily check-ins";

    private static final float LEFT = 28;
    private static final float RIGHT = 8;
    // room below the plot for the week labels, their counts and the axis title
    private static final float BOTTOM = 40;
    private static final float TOP = 22;
    // Space between two week labels: closer ones would touch, so only every n-th week is labelled.
    private static final float LABEL_SPACE = 10;
    // Beyond this many weeks a dot on every point is a blur: only lone weeks keep theirs.
    private static final int DOTTED_WEEKS = 26;

    private TrendChart() {
    }

    static Image draw(PdfContentByte canvas, BaseFont font, List<TrendPoint> weeks, float width, float height) {
        return draw(canvas, font, weeks, width, height, OptionalDouble.empty());
    }

    /** As above, with a band from 30 % below {@code baseline} down to 0: where pain has fallen by 30 % or more. */
    static Image draw(PdfContentByte canvas, BaseFont font, List<TrendPoint> weeks, float width, float height,
                      OptionalDouble baseline) {
        PdfTemplate chart = canvas.createTemplate(width, height);
        float plotWidth = width - LEFT - RIGHT;
        float plotHeight = height - BOTTOM - TOP;
        float step = weeks.size() > 1 ? plotWidth / (weeks.size() - 1) : 0;
        Function<Integer, Float> x = i -> LEFT + (weeks.size() > 1 ? i * step : plotWidth / 2);
        // Means are 0–10 by definition; clamping keeps a stray value from drawing over the labels.
        Function<Double, Float> y = pain -> BOTTOM + (float) (Math.max(0, Math.min(10, pain)) / 10.0) * plotHeight;

        if (baseline.isPresent()) {
            float top = y.apply(baseline.getAsDouble() * 0.7);
            chart.setColorFill(BAND);
            chart.rectangle(LEFT, BOTTOM, plotWidth, top - BOTTOM);
            chart.fill();
            // bottom left, where weekly means seldom fall, so no line crosses the words
            text(chart, font, 7, Element.ALIGN_LEFT, "30 % below baseline", LEFT + 4, BOTTOM + 3);
        }
        axes(chart, font, weeks, plotWidth, plotHeight, step, x);
        line(chart, weeks, TrendPoint::meanBefore, BEFORE, x, y);
        line(chart, weeks, TrendPoint::meanAfter, AFTER, x, y);
        chart.setColorFill(CHECK_IN);
        // smaller over many weeks, so the dots do not bury the lines
        float checkInDot = weeks.size() <= DOTTED_WEEKS ? 2.6f : 1.3f;
        for (int i = 0; i < weeks.size(); i++) {
            OptionalDouble checkIn = weeks.get(i).meanCheckIn();
            if (checkIn.isPresent()) {
                chart.circle(x.apply(i), y.apply(checkIn.getAsDouble()), checkInDot);
                chart.fill();
            }
        }
        legend(chart, font, width, height);
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static void axes(PdfTemplate chart, BaseFont font, List<TrendPoint> weeks, float plotWidth,
                             float plotHeight, float step, Function<Integer, Float> x) {
        chart.setLineWidth(0.5f);
        for (int pain = 0; pain <= 10; pain += 2) {
            float level = BOTTOM + pain / 10f * plotHeight;
            chart.setColorStroke(pain == 0 ? AXIS : GRID);
            chart.moveTo(LEFT, level);
            chart.lineTo(LEFT + plotWidth, level);
            chart.stroke();
            text(chart, font, 8, Element.ALIGN_RIGHT, Integer.toString(pain), LEFT - 5, level - 2.8f);
        }
        chart.setColorStroke(AXIS);
        chart.moveTo(LEFT, BOTTOM);
        chart.lineTo(LEFT, BOTTOM + plotHeight);
        chart.stroke();
        text(chart, font, 8, Element.ALIGN_LEFT, "Pain (0–10)", LEFT - 22, BOTTOM + plotHeight + 8);

        // Years on the axis when the weeks cross one, so no label is ambiguous.
        boolean years = !weeks.isEmpty() && weeks.get(0).weekStart().getYear()
                != weeks.get(weeks.size() - 1).weekStart().getYear();
        DateTimeFormatter format = years ? WEEK_YEAR : WEEK;
        // the widest label of its form ("30 Sep 2026") and some space
        float gap = font.getWidthPoint(format.format(LocalDate.of(2026, 9, 30)), 8) + LABEL_SPACE;
        int every = step <= 0 ? 1 : Math.max(1, (int) Math.ceil(gap / step));
        for (int i = 0; i < weeks.size(); i += every) {
            float at = x.apply(i);
            chart.moveTo(at, BOTTOM);
            chart.lineTo(at, BOTTOM - 3);
            chart.stroke();
            String label = format.format(weeks.get(i).weekStart());
            String counts = counts(weeks.subList(i, Math.min(weeks.size(), i + every)));
            text(chart, font, 8, Element.ALIGN_CENTER, label, inside(font, label, 8, at, plotWidth), BOTTOM - 12);
            text(chart, font, 7, Element.ALIGN_CENTER, counts, inside(font, counts, 7, at, plotWidth), BOTTOM - 22);
        }
        text(chart, font, 8, Element.ALIGN_CENTER, "Week starting · below it, n = sessions rated before / days "
                + "checked in " + (every == 1 ? "that week" : "from each date to the next"), LEFT + plotWidth / 2, 2);
    }

    /** "3/5": the sessions rated before and the days checked in of these weeks. */
    private static String counts(List<TrendPoint> weeks) {
        return weeks.stream().mapToInt(TrendPoint::ratedBefore).sum() + "/"
                + weeks.stream().mapToInt(TrendPoint::checkIns).sum();
    }

    /** Centred on {@code at}, but moved in at the edges so a label is never clipped. */
    private static float inside(BaseFont font, String text, float size, float at, float plotWidth) {
        float half = font.getWidthPoint(text, size) / 2;
        return Math.max(half, Math.min(LEFT + plotWidth + RIGHT - half, at));
    }

    /** Joins the weeks that have a value; a week without one breaks the line, and a lone week shows as a dot. */
    private static void line(PdfTemplate chart, List<TrendPoint> weeks, Function<TrendPoint, OptionalDouble> value,
                             Color color, Function<Integer, Float> x, Function<Double, Float> y) {
        chart.setColorStroke(color);
        chart.setColorFill(color);
        chart.setLineWidth(1.6f);
        dash(chart, color);
        chart.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        int runStart = -1;
        for (int i = 0; i <= weeks.size(); i++) {
            boolean present = i < weeks.size() && value.apply(weeks.get(i)).isPresent();
            if (present && runStart < 0) {
                runStart = i;
            } else if (!present && runStart >= 0) {
                chart.moveTo(x.apply(runStart), y.apply(value.apply(weeks.get(runStart)).getAsDouble()));
                for (int j = runStart + 1; j < i; j++) {
                    chart.lineTo(x.apply(j), y.apply(value.apply(weeks.get(j)).getAsDouble()));
                }
                chart.stroke();
                runStart = -1;
            }
        }
        chart.setLineDash(0);
        for (int i = 0; i < weeks.size(); i++) {
            OptionalDouble v = value.apply(weeks.get(i));
            if (v.isPresent() && (weeks.size() <= DOTTED_WEEKS || alone(weeks, value, i))) {
                chart.circle(x.apply(i), y.apply(v.getAsDouble()), 1.8f);
                chart.fill();
            }
        }
    }

    /** Whether week {@code i} has no neighbour with a value, so no line passes through it. */
    private static boolean alone(List<TrendPoint> weeks, Function<TrendPoint, OptionalDouble> value, int i) {
        return (i == 0 || value.apply(weeks.get(i - 1)).isEmpty())
                && (i == weeks.size() - 1 || value.apply(weeks.get(i + 1)).isEmpty());
    }

    private static void legend(PdfTemplate chart, BaseFont font, float width, float height) {
        float baseline = height - 10;
        float total = 36 + font.getWidthPoint(BEFORE_LABEL, 8) + 32 + font.getWidthPoint(AFTER_LABEL, 8)
                + 11 + font.getWidthPoint(CHECK_IN_LABEL, 8);
        float at = width - RIGHT - total;
        at = legendLine(chart, font, at, baseline, BEFORE, BEFORE_LABEL);
        at = legendLine(chart, font, at, baseline, AFTER, AFTER_LABEL);
        chart.setColorFill(CHECK_IN);
        chart.circle(at + 4, baseline + 3, 2.6f);
        chart.fill();
        text(chart, font, 8, Element.ALIGN_LEFT, CHECK_IN_LABEL, at + 11, baseline);
    }

    private static float legendLine(PdfTemplate chart, BaseFont font, float at, float baseline, Color color,
                                    String label) {
        chart.setColorStroke(color);
        chart.setLineWidth(1.6f);
        dash(chart, color);
        chart.moveTo(at, baseline + 3);
        chart.lineTo(at + 14, baseline + 3);
        chart.stroke();
        chart.setLineDash(0);
        text(chart, font, 8, Element.ALIGN_LEFT, label, at + 18, baseline);
        return at + 18 + font.getWidthPoint(label, 8) + 14;
    }

    /** The line after sessions is dashed, so the two lines stay apart on a grey-scale printout. */
    private static void dash(PdfTemplate chart, Color color) {
        if (color == AFTER) {
            chart.setLineDash(4, 2, 0);
        } else {
            chart.setLineDash(0);
        }
    }

    private static void text(PdfTemplate chart, BaseFont font, float size, int align, String text, float x, float y) {
        chart.beginText();
        chart.setColorFill(AXIS);
        chart.setFontAndSize(font, size);
        chart.showTextAligned(align, text, x, y, 0);
        chart.endText();
    }
}
