package org.unknot.files;

import static org.unknot.files.PhysicianReport.DATE;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.StringJoiner;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;

/**
 * The daily check-ins of the physician report, after the session table: every check-in of the period, oldest
 * first, read one at a time from {@link ReportContent.CheckIns} and drawn row by row like the sessions. Its heading
 * is drawn where the session table ended (the document does not know that place: the table bypasses its layout).
 */
record ReportCheckInTable(Document document, PdfWriter writer, ReportFonts fonts, ReportContent content) {

    static final String HEADING = "Daily check-ins";
    static final String NO_CHECK_INS = "No check-ins in this period.";
    static final List<String> TITLES = List.of("Day", "Pain", "Where it hurt", "Note");
    static final float[] WIDTHS = {81, 30, 150, 234};
    private static final float SPACE_BEFORE = 18;
    // The heading, the intro and the header with a row or two: kept together on one page.
    private static final float KEPT_TOGETHER = 110;

    /** Adds the heading and the table below {@code top}, on a new page when they would not fit above its foot. */
    void add(float top) {
        float y = top - SPACE_BEFORE;
        if (y - KEPT_TOGETHER < document.bottom()) {
            document.newPage();
            y = document.top();
        }
        y = line(HEADING, fonts.heading, y, 20);
        if (content.checkIns().isEmpty()) {
            line(NO_CHECK_INS, fonts.body, y, 14);
            return;
        }
        y = line("All " + content.checkIns().count() + " check-ins of the period, oldest first. Pain on the 0–10 "
                + "scale.", fonts.small, y, 18);
        TableRows rows = new TableRows(document, writer, fonts, TITLES, WIDTHS);
        rows.start(y);
        content.checkIns().rows().forEachOldestFirst(checkIn -> rows.add(cells(checkIn)));
        rows.finish();
    }

    /** Draws one line of text below {@code y} and returns the position below it. */
    private float line(String text, Font font, float y, float height) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, fonts.phrase(text, font),
                document.left(), y - font.getSize(), 0);
        return y - height;
    }

    private static List<String> cells(CheckInRecord checkIn) {
        return List.of(DATE.format(checkIn.day()), Integer.toString(checkIn.pain().value()), areas(checkIn),
                checkIn.note());
    }

    /** The areas in the vocabulary's order, short names, e.g. "Lower back, hips"; "–" when none was marked. */
    private static String areas(CheckInRecord checkIn) {
        if (checkIn.areas().isEmpty()) {
            return TableRows.NONE;
        }
        StringJoiner names = new StringJoiner(", ");
        for (Area area : Area.values()) {
            if (checkIn.areas().contains(area)) {
                names.add(ReportWorked.area(area));
            }
        }
        String text = names.toString();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
