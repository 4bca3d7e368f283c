package org.unknot.files;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * The physician report: an A4 (or Letter, by locale) PDF whose first page a clinician reads in a minute (summary, weekly chart, insights,
 * stopped-early reasons, recent notes), followed by a table of every session and one of every check-in. Written through a temporary file
 * beside the target, so the target is either left as it was or replaced by the complete report.
 */
public final class PhysicianReport {

    public static final String TITLE = "Self-massage and pain record";
    public static final String NOT_A_DIAGNOSIS = "From the patient's own tracking app (Unknot). Not a diagnosis.";
    public static final String NO_SESSIONS = "No sessions were recorded in this period.";

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO",
            "VE", "GT", "CR", "PR", "DO", "SV", "NI", "PA", "BZ");

    static final Color MUTED = ReportFonts.MUTED;
    static final Color RULE = new Color(0xD5, 0xDA, 0xDE);
    static final Color SHADE = new Color(0xF1, 0xF4, 0xF6);
    static final Color STRIPE = new Color(0xF8, 0xF9, 0xFA);

    // English day-first dates; Locale.ENGLISH because Java's UK data abbreviates September as "Sept".
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

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
        Document document = new Document(paper(Locale.getDefault(Locale.Category.FORMAT)), 50, 50, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The fastest deflate: a 100,000-session table is ~3,000 pages of content to compress, and the better
            // levels cost a second more there for a few per cent of file size.
            writer.setCompressionLevel(PdfStream.BEST_SPEED);
            writer.setPageEvent(new Footer(fonts, content.period()));
            document.addTitle(TITLE + ", " + content.period());
            document.addCreator("Unknot");
            document.open();
            new ReportSummaryPage(document, writer, fonts, content).add();
            if (!content.sessions().isEmpty() || !content.checkIns().isEmpty()) {
                document.newPage();
                float end = content.sessions().isEmpty() ? writer.getVerticalPosition(true)
                        : new ReportSessionTable(document, writer, fonts, content).add();
                new ReportCheckInTable(document, writer, fonts, content).add(end);
            }
            document.close();
        } catch (RuntimeException e) {
            // OpenPDF reports layout and I/O trouble as unchecked exceptions; the caller turns this into a sentence.
            throw new IOException("the report could not be laid out: " + e.getMessage(), e);
        }
    }

    /** US Letter where it is the usual paper (the United States, Canada, Mexico, the Philippines…), else A4. */
    static Rectangle paper(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? PageSize.LETTER : PageSize.A4;
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
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(3);
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

    /**
     * The footer of every page: the title and period, laid out once into a form every page reuses (a 100,000-session
     * report has thousands of pages), and the page number.
     */
    private static final class Footer extends PdfPageEventHelper {
        private static final float DESCENT = 4;
        private final ReportFonts fonts;
        private final String period;
        private PdfTemplate title;

        Footer(ReportFonts fonts, String period) {
            this.fonts = fonts;
            this.period = period;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 24;
            if (title == null) {
                title = canvas.createTemplate(document.right() - document.left(), 2 * fonts.small.getSize());
                ColumnText.showTextAligned(title, Element.ALIGN_LEFT,
                        fonts.phrase(TITLE + " · " + period + " · Not a diagnosis", fonts.small), 0, DESCENT, 0);
            }
            canvas.addTemplate(title, document.left(), y - DESCENT);
            canvas.beginText();
            canvas.setFontAndSize(fonts.small.getBaseFont(), fonts.small.getSize());
            canvas.setColorFill(fonts.small.getColor());
            canvas.showTextAligned(Element.ALIGN_RIGHT, "Page " + writer.getPageNumber(), document.right(), y, 0);
            canvas.endText();
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
