package org.unknot.files;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Note;

/**
 * The physician report: an A4 PDF whose first page a clinician reads in a minute (summary, weekly chart, insights,
 * stopped-early reasons, recent notes), followed by a table of every session. Written through a temporary file
 * beside the target, so the target is either left as it was or replaced by the complete report.
 */
public final class PhysicianReport {

    public static final String TITLE = "Self-massage and pain record";
    public static final String NOT_A_DIAGNOSIS = "From the patient's own tracking app (Unknot). Not a diagnosis.";
    public static final String NO_SESSIONS = "No sessions were recorded in this period.";

    private static final int RECENT_NOTES = 5;
    private static final int NOTE_LENGTH = 300;
    // Rows are handed to the document in batches so a year of sessions never sits in memory as one table.
    private static final int ROWS_PER_BATCH = 100;

    private static final Color MUTED = ReportFonts.MUTED;
    private static final Color RULE = new Color(0xD5, 0xDA, 0xDE);
    private static final Color SHADE = new Color(0xF1, 0xF4, 0xF6);
    private static final Color STRIPE = new Color(0xF8, 0xF9, 0xFA);

    // English day-first dates; Locale.ENGLISH because Java's UK data abbreviates September as "Sept".
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private PhysicianReport() {
    }

    public static void write(Path target, ReportContent content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        try {
            AtomicFiles.write(file, out -> {
                OutputStream buffered = new BufferedOutputStream(new KeepOpen(out), 64 * 1024);
                render(buffered, content);
                buffered.flush();
            });
        } catch (IOException e) {
            throw ExportException.couldNotWrite("the physician report", file, "physician-report.pdf", e);
        }
    }

    private static void render(OutputStream out, ReportContent content) throws IOException {
        ReportFonts fonts = new ReportFonts();
        Document document = new Document(PageSize.A4, 50, 50, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(fonts, content.period()));
            document.addTitle(TITLE + ", " + content.period());
            document.addCreator("Unknot");
            document.open();
            new SummaryPage(document, writer, fonts, content).add();
            if (!content.sessions().isEmpty()) {
                document.newPage();
                addDetails(document, fonts, content);
            }
            document.close();
        } catch (RuntimeException e) {
            // OpenPDF reports layout and I/O trouble as unchecked exceptions; the caller turns this into a sentence.
            throw new IOException("the report could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void addDetails(Document document, ReportFonts fonts, ReportContent content) {
        document.add(heading("Sessions in detail", fonts, 0));
        Paragraph intro = new Paragraph("All " + content.sessions().size() + " sessions of the period, oldest first. "
                + "Times in " + content.zone().getId() + ". Pain on the 0–10 scale.", fonts.small);
        intro.setSpacingAfter(8);
        document.add(intro);

        PdfPTable table = new PdfPTable(new float[] {16, 7, 16, 14, 9, 8, 8, 22});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String title : List.of("Date", "Time", "Routine", "Status", "Minutes done / planned", "Pain before",
                "Pain after", "Notes")) {
            PdfPCell cell = cell(fonts.phrase(title, fonts.tableHeader), SHADE);
            cell.setBorderWidthBottom(0.8f);
            cell.setBorderColorBottom(MUTED);
            table.addCell(cell);
        }
        int row = 0;
        for (SessionRecord session : content.sessions()) {
            Color background = row % 2 == 1 ? STRIPE : null;
            ZonedDateTime started = session.startedAt().atZone(content.zone());
            table.addCell(cell(fonts.phrase(DATE.format(started), fonts.table), background));
            table.addCell(cell(fonts.phrase(TIME.format(started), fonts.table), background));
            table.addCell(cell(fonts.phrase(session.routineName(), fonts.table), background));
            table.addCell(cell(fonts.phrase(status(session), fonts.table), background));
            table.addCell(cell(fonts.phrase(minutes(session.doneSeconds()) + " / "
                    + minutes(session.plannedSeconds()), fonts.table), background));
            table.addCell(cell(fonts.phrase(score(session.painBefore()), fonts.table), background));
            table.addCell(cell(fonts.phrase(score(session.painAfter()), fonts.table), background));
            table.addCell(cell(fonts.phrase(session.notes(), fonts.table), background));
            if (++row % ROWS_PER_BATCH == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    static Paragraph heading(String text, ReportFonts fonts, float spacingBefore) {
        Paragraph heading = new Paragraph(text, fonts.heading);
        heading.setSpacingBefore(spacingBefore);
        heading.setSpacingAfter(4);
        return heading;
    }

    static PdfPCell cell(Phrase text, Color background) {
        PdfPCell cell = new PdfPCell(text);
        cell.setRunDirection(ReportFonts.direction(text.getContent()));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(0.4f);
        cell.setBorderColorBottom(RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** A borderless cell for running text, laid out right-to-left when the text is Hebrew or Arabic. */
    static PdfPCell plain(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setRunDirection(ReportFonts.direction(text.getContent()));
        return cell;
    }

    private static String status(SessionRecord session) {
        if (session.status() == SessionStatus.STOPPED) {
            return session.stopReason().map(reason -> "Stopped: " + reason.label()).orElse("Stopped");
        }
        return session.status().label();
    }

    private static String minutes(int seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes == 0 && seconds > 0 ? "<1" : Long.toString(minutes);
    }

    private static String score(Optional<PainScore> score) {
        return score.map(s -> Integer.toString(s.value())).orElse("–");
    }

    /** The first page: what a clinician reads in a minute. */
    private record SummaryPage(Document document, PdfWriter writer, ReportFonts fonts, ReportContent content) {

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
    private static final class Footer extends PdfPageEventHelper {
        private final ReportFonts fonts;
        private final String period;

        Footer(ReportFonts fonts, String period) {
            this.fonts = fonts;
            this.period = period;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    fonts.phrase(TITLE + " · " + period + " · Not a diagnosis", fonts.small), document.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), fonts.small), document.right(), y, 0);
        }
    }

    /** Lets the PDF writer close its stream without closing the file before it is forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
