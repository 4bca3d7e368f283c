package org.unknot.files;

import static org.unknot.files.PhysicianReport.DAY;
import static org.unknot.files.PhysicianReport.NO_SESSIONS;
import static org.unknot.files.PhysicianReport.SHADE;
import static org.unknot.files.PhysicianReport.SHORT_DAY;
import static org.unknot.files.PhysicianReport.TITLE;
import static org.unknot.files.PhysicianReport.cell;
import static org.unknot.files.PhysicianReport.heading;
import static org.unknot.files.PhysicianReport.plain;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Tried;

/**
 * Page one of the physician report: the summary a clinician reads in a minute. It is laid out in a column the size
 * of the page, first in simulation: when it would not fit, fewer rows, sentences and a lower chart are tried, so
 * nothing of it ever falls onto page 2.
 */
record ReportSummaryPage(Document document, PdfWriter writer, ReportFonts fonts, ReportContent content) {

    static final String[] HEADINGS = {"Key numbers", "Safety", "What was tried", "Weekly pain", "Notes"};
    static final String HEALTH_PROFILE = "Health profile: ";
    static final String PATIENT_DATA = "Patient-reported data from a self-massage tracker. Not a diagnosis.";

    /** How much each section may show: tool × area rows, insight sentences, lines per note, chart height. */
    private record Budget(int triedRows, int insights, int noteLines, float chartHeight) {
    }

    // From the most to the least shown; each step gives up a little, so the page stays full.
    private static final List<Budget> BUDGETS = List.of(new Budget(10, 5, 2, 170), new Budget(8, 4, 2, 150),
            new Budget(7, 3, 2, 140), new Budget(6, 3, 1, 130), new Budget(6, 2, 1, 120), new Budget(5, 2, 1, 115),
            new Budget(4, 2, 1, 110), new Budget(3, 1, 1, 105), new Budget(2, 1, 1, 100));

    void add() {
        for (int i = 0; i < BUDGETS.size(); i++) {
            boolean last = i == BUDGETS.size() - 1;
            if (last || fits(BUDGETS.get(i))) {
                column(BUDGETS.get(i)).go();
                return;
            }
        }
    }

    private boolean fits(Budget budget) {
        return !ColumnText.hasMoreText(column(budget).go(true));
    }

    private ColumnText column(Budget budget) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        elements(budget).forEach(column::addElement);
        return column;
    }

    private float width() {
        return document.right() - document.left();
    }

    private List<Element> elements(Budget budget) {
        List<Element> elements = new ArrayList<>();
        Paragraph title = new Paragraph(fonts.phrase(TITLE, fonts.title));
        elements.add(title);
        content.patient().ifPresent(patient -> elements.add(new Paragraph(fonts.phrase(
                TextFit.fit("Patient: " + patient, fonts.bodyBold, width(), 1), fonts.bodyBold))));
        elements.add(new Paragraph(fonts.phrase(content.period() + " · made " + DAY.format(content.generatedOn()),
                fonts.subtitle)));
        elements.add(statement());

        elements.add(heading(HEADINGS[0], fonts, 4));
        if (content.sessions().isEmpty()) {
            elements.add(new Paragraph(fonts.phrase(NO_SESSIONS, fonts.bodyBold)));
        }
        elements.add(facts(content.summary()));

        elements.add(heading(HEADINGS[1], fonts, 4));
        elements.add(facts(content.safety()));

        elements.add(heading(HEADINGS[2], fonts, 4));
        elements.add(tried(budget.triedRows()));

        elements.add(heading(HEADINGS[3], fonts, 4));
        boolean anyRating = content.weekly().stream().anyMatch(week -> week.meanBefore().isPresent()
                || week.meanAfter().isPresent() || week.meanCheckIn().isPresent());
        if (anyRating) {
            elements.add(TrendChart.draw(writer.getDirectContent(), fonts.base, content.weekly(), width(),
                    budget.chartHeight(), content.baseline()));
        } else {
            elements.add(new Paragraph(fonts.phrase("No pain ratings in this period.", fonts.body)));
        }

        elements.add(heading(HEADINGS[4], fonts, 4));
        elements.add(notes(budget));
        return elements;
    }

    private PdfPTable statement() {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell(fonts.phrase(PATIENT_DATA, fonts.bodyBold));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(TrendChart.AFTER);
        cell.setBackgroundColor(SHADE);
        cell.setPadding(5);
        cell.setPaddingLeft(10);
        box.addCell(cell);
        return box;
    }

    private PdfPTable facts(List<Fact> facts) {
        float[] widths = {38, 62};
        PdfPTable table = table(widths);
        for (Fact fact : facts) {
            table.addCell(cell(fonts.phrase(TextFit.fit(fact.label(), fonts.table, columnWidth(widths, 0), 2),
                    fonts.table), null));
            table.addCell(cell(fonts.phrase(TextFit.fit(fact.value(), fonts.tableHeader, columnWidth(widths, 1), 3),
                    fonts.tableHeader), null));
        }
        return table;
    }

    private PdfPTable tried(int rows) {
        float[] widths = {38, 11, 11, 12, 28};
        PdfPTable table = table(widths);
        for (String header : new String[] {"Tool × area", "Weeks used", "Sessions", "Minutes per week",
            "Median change after − before (n)"}) {
            table.addCell(cell(fonts.phrase(header, fonts.tableHeader), SHADE));
        }
        List<Tried> shown = content.tried().size() <= rows ? content.tried() : content.tried().subList(0, rows - 1);
        for (Tried row : shown) {
            table.addCell(cell(fonts.phrase(TextFit.fit(row.tool() + " × " + row.area(), fonts.table,
                    columnWidth(widths, 0), 1), fonts.table), null));
            table.addCell(cell(fonts.phrase(Integer.toString(row.weeks()), fonts.table), null));
            table.addCell(cell(fonts.phrase(Integer.toString(row.sessions()), fonts.table), null));
            table.addCell(cell(fonts.phrase(minutes(row.minutesPerWeek()), fonts.table), null));
            table.addCell(cell(fonts.phrase(row.medianChange().isPresent() ? String.format(Locale.ENGLISH,
                    "%+.1f (%d)", row.medianChange().getAsDouble(), row.rated()) : "not rated", fonts.table), null));
        }
        if (shown.size() < content.tried().size()) {
            int others = content.tried().size() - shown.size();
            PdfPCell more = cell(fonts.phrase("+" + others + " other tool × area pairs", fonts.table), null);
            more.setColspan(widths.length);
            table.addCell(more);
        } else if (shown.isEmpty()) {
            PdfPCell none = cell(fonts.phrase("No step of a tool on an area was done.", fonts.table), null);
            none.setColspan(widths.length);
            table.addCell(none);
        }
        for (String line : new String[] {HEALTH_PROFILE + content.healthProfile(), content.medicines()}) {
            PdfPCell background = cell(fonts.phrase(line, fonts.table), null);
            background.setColspan(widths.length);
            table.addCell(background);
        }
        return table;
    }

    private PdfPTable notes(Budget budget) {
        // A table, not paragraphs: only cells lay out right-to-left notes (Hebrew, Arabic) in reading order.
        float[] widths = {17, 83};
        PdfPTable lines = table(widths);
        float text = columnWidth(widths, 1);
        content.notes().forEach(note -> {
            lines.addCell(plain(fonts.phrase(SHORT_DAY.format(note.day()), fonts.tableHeader)));
            lines.addCell(plain(fonts.phrase(TextFit.fit(note.line(), fonts.table, text,
                    budget.noteLines()), fonts.table)));
        });
        content.insights().stream().limit(budget.insights()).forEach(insight -> {
            lines.addCell(plain(fonts.phrase("Insight", fonts.tableHeader)));
            lines.addCell(plain(fonts.phrase(TextFit.fit(insight, fonts.table, text, 2), fonts.table)));
        });
        if (content.notes().isEmpty() && content.insights().isEmpty()) {
            PdfPCell none = plain(fonts.phrase("No notes in this period.", fonts.table));
            none.setColspan(2);
            lines.addCell(none);
        }
        return lines;
    }

    /** Minutes per week: whole minutes, one decimal below ten, "<0.1" for a trace. */
    private static String minutes(double perWeek) {
        if (perWeek > 0 && perWeek < 0.05) {
            return "<0.1";
        }
        return String.format(Locale.ENGLISH, perWeek < 10 ? "%.1f" : "%.0f", perWeek);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(1);
        return table;
    }

    /** The text width of a column of a full-width table, inside the cells' padding. */
    private float columnWidth(float[] widths, int column) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return width() * widths[column] / total - 8;
    }
}
