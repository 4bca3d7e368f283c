package org.unknot.files;

import static org.unknot.files.PhysicianReport.*;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Note;

/** Page one of the physician report: the summary a clinician reads in a minute. */
record ReportSummaryPage(Document document, PdfWriter writer, ReportFonts fonts, ReportContent content) {

    void add() {
        Paragraph title = new Paragraph(TITLE, fonts.title);
        title.setSpacingAfter(2);
        document.add(title);
        document.add(new Paragraph(fonts.phrase(content.period(), fonts.subtitle)));
        document.add(statement());

        document.add(heading("Summary", fonts, 12));
        if (content.sessions().isEmpty()) {
            Paragraph none = new Paragraph(NO_SESSIONS, fonts.bodyBold);
            none.setSpacingAfter(6);
            document.add(none);
        }
        if (!content.summary().isEmpty()) {
            document.add(facts(content.summary()));
        }

        document.add(heading("Weekly pain", fonts, 12));
        boolean anyRating = content.weekly().stream().anyMatch(week -> week.meanBefore().isPresent()
                || week.meanAfter().isPresent() || week.meanCheckIn().isPresent());
        if (anyRating) {
            float width = document.right() - document.left();
            document.add(TrendChart.draw(writer.getDirectContent(), fonts.base, content.weekly(), width, 190));
        } else {
            document.add(new Paragraph("No pain ratings in this period.", fonts.body));
        }

        if (!content.insights().isEmpty()) {
            document.add(heading("What the record shows", fonts, 10));
            com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
            list.setListSymbol(new Chunk("•", fonts.body));
            for (String insight : content.insights()) {
                list.add(new com.lowagie.text.ListItem(fonts.phrase(insight, fonts.body)));
            }
            document.add(list);
        }

        document.add(heading("Stopped early", fonts, 10));
        if (content.stopReasons().isEmpty()) {
            document.add(new Paragraph("No session was stopped early.", fonts.body));
        } else {
            document.add(new Paragraph(fonts.phrase(content.stopReasons().stream()
                    .map(fact -> fact.label() + ": " + fact.value())
                    .collect(Collectors.joining("    ·    ")), fonts.body)));
        }

        if (!content.notes().isEmpty()) {
            document.add(heading("Recent notes", fonts, 10));
            // A table, not paragraphs: only cells lay out right-to-left notes (Hebrew, Arabic) in reading order.
            PdfPTable lines = new PdfPTable(new float[] {17, 83});
            lines.setWidthPercentage(100);
            lines.setSpacingBefore(3);
            content.notes().stream()
                    .sorted(Comparator.comparing(Note::day).reversed())
                    .limit(RECENT_NOTES)
                    .forEach(note -> {
                        lines.addCell(plain(fonts.phrase(SHORT_DAY.format(note.day()), fonts.bodyBold)));
                        lines.addCell(plain(fonts.phrase(shorten(note.text()), fonts.body)));
                    });
            document.add(lines);
        }
    }

    private PdfPTable statement() {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(8);
        Phrase text = new Phrase();
        text.add(new Chunk(NOT_A_DIAGNOSIS, fonts.bodyBold));
        text.add(new Chunk("  Generated on " + DAY.format(content.generatedOn()) + ".", fonts.small));
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(TrendChart.AFTER);
        cell.setBackgroundColor(SHADE);
        cell.setPadding(7);
        cell.setPaddingLeft(10);
        box.addCell(cell);
        return box;
    }

    private PdfPTable facts(List<Fact> facts) {
        PdfPTable table = new PdfPTable(new float[] {45, 55});
        table.setWidthPercentage(100);
        for (Fact fact : facts) {
            table.addCell(cell(fonts.phrase(fact.label(), fonts.label), null));
            table.addCell(cell(fonts.phrase(fact.value(), fonts.bodyBold), null));
        }
        return table;
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= NOTE_LENGTH ? oneLine : oneLine.substring(0, NOTE_LENGTH - 1) + "…";
    }
}

/** The period and page number at the foot of every page, so loose printed pages still say what they are. */
