package org.unknot.files;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * A table drawn straight onto the pages, one row at a time: fixed column widths, each cell one or two lines (longer
 * text is shortened with an ellipsis), striped rows, and the header row again at the top of every page. Holds
 * nothing but the current position, so a table of any length costs the memory of one row.
 */
final class TableRows {

    private static final float PAD = 3;
    private static final float PAD_BOTTOM = 5;
    private static final float LEADING = 11;
    private static final int MAX_LINES = 2;
    // Lines break between words, so keep some of the last line free rather than lose a word to the clip.
    private static final float ROOM = 0.85f;

    private final Document document;
    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final List<String> titles;
    private final float[] left;
    private final float[] width;
    private final float headerHeight;
    private PdfTemplate headerForm;
    private float y;
    // Where the page's first row starts.
    private float top;
    private int row;

    TableRows(Document document, PdfWriter writer, ReportFonts fonts, List<String> titles, float[] weights) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.titles = List.copyOf(titles);
        this.left = new float[weights.length];
        this.width = new float[weights.length];
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float x = document.left();
        for (int i = 0; i < weights.length; i++) {
            width[i] = (document.right() - document.left()) * weights[i] / total;
            left[i] = x;
            x += width[i];
        }
        this.headerHeight = headerHeight();
    }

    /** Draws the header row below {@code top}, the page's current position. */
    void start(float top) {
        y = top;
        header();
    }

    /** Draws one row of cell texts, first on a new page (under a new header) when it does not fit on this one. */
    void add(List<String> cells) {
        int lines = 1;
        String[] texts = new String[cells.size()];
        String[][] wrapped = new String[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            float inner = width[i] - 2 * PAD;
            String text = oneLine(cells.get(i));
            float measured = measure(text);
            if (Math.abs(measured) > MAX_LINES * inner * ROOM) {
                text = shortened(text, MAX_LINES * inner * ROOM);
                measured = measure(text);
            }
            texts[i] = text;
            wrapped[i] = isPlain(text, measured) ? wrap(text, measured, inner) : null;
            lines = Math.max(lines, wrapped[i] != null ? wrapped[i].length
                    : Math.abs(measured) <= inner ? 1 : MAX_LINES);
        }
        float height = PAD + lines * LEADING + PAD_BOTTOM;
        if (y - height < document.bottom()) {
            document.newPage();
            y = document.top();
            header();
        }
        draw(texts, wrapped, height, row++ % 2 == 1 ? PhysicianReport.STRIPE : null, fonts.table);
    }

    /** Places the header row, drawn once into a form that every page reuses, below the current position. */
    private void header() {
        if (headerForm == null) {
            headerForm = headerForm();
        }
        writer.getDirectContent().addTemplate(headerForm, document.left(), y - headerHeight);
        y -= headerHeight;
        top = y;
    }

    private PdfTemplate headerForm() {
        float tableWidth = document.right() - document.left();
        PdfTemplate form = writer.getDirectContent().createTemplate(tableWidth, headerHeight);
        form.setColorFill(PhysicianReport.SHADE);
        form.rectangle(0, 0, tableWidth, headerHeight);
        form.fill();
        form.setColorStroke(PhysicianReport.MUTED);
        form.setLineWidth(0.8f);
        form.moveTo(0, 0.4f);
        form.lineTo(tableWidth, 0.4f);
        form.stroke();
        for (int i = 0; i < titles.size(); i++) {
            float x = left[i] - document.left();
            ColumnText column = new ColumnText(form);
            column.setSimpleColumn(fonts.phrase(titles.get(i), fonts.tableHeader), x + PAD, 0, x + width[i] - PAD,
                    headerHeight - PAD + 1, LEADING, Element.ALIGN_LEFT);
            column.go();
        }
        return form;
    }

    /** Draws a row: the cells wrapped here as plain text, the others (null in {@code wrapped}) with ColumnText. */
    private void draw(String[] texts, String[][] wrapped, float height, Color background, Font font) {
        PdfContentByte under = writer.getDirectContentUnder();
        if (background != null) {
            under.setColorFill(background);
            under.rectangle(document.left(), y - height, document.right() - document.left(), height);
            under.fill();
        }
        if (y == top) {
            // The rule's colour and width hold for the rest of the page's under-layer.
            under.setColorStroke(PhysicianReport.RULE);
            under.setLineWidth(0.4f);
        }
        under.moveTo(document.left(), y - height);
        under.lineTo(document.right(), y - height);
        under.stroke();
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font.getBaseFont(), font.getSize());
        canvas.setColorFill(font.getColor());
        for (int i = 0; i < texts.length; i++) {
            for (int line = 0; wrapped[i] != null && line < wrapped[i].length; line++) {
                canvas.setTextMatrix(left[i] + PAD, y - PAD - (line + 1) * LEADING + 1);
                canvas.showText(wrapped[i][line]);
            }
        }
        canvas.endText();
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty() && wrapped[i] == null) {
                ColumnText column = new ColumnText(canvas);
                column.setRunDirection(ReportFonts.direction(texts[i]));
                column.setSimpleColumn(fonts.phrase(texts[i], font), left[i] + PAD, y - height,
                        left[i] + width[i] - PAD, y - PAD + 1, LEADING, Element.ALIGN_LEFT);
                column.go();
            }
        }
        y -= height;
    }

    /**
     * Whether the text can be shown as it is, without ColumnText (which costs as much as the rest of a row): left-to-right
     * characters, all in the table font. Dates, times, numbers, and names and notes in Latin, Greek or Cyrillic are.
     */
    private static boolean isPlain(String text, float measured) {
        return !text.isEmpty() && measured >= 0 && ReportFonts.direction(text) == PdfWriter.RUN_DIRECTION_NO_BIDI;
    }

    /**
     * Plain text in one line, or two broken at the last space that fits (inside a word that is longer than the
     * column), the second cut with an ellipsis if it is still too long.
     */
    private String[] wrap(String text, float measured, float inner) {
        if (measured <= inner) {
            return new String[] {text};
        }
        BaseFont base = fonts.table.getBaseFont();
        float size = fonts.table.getSize();
        float total = 0;
        int lastSpace = -1;
        int end = 0;
        while (end < text.length()) {
            int code = text.codePointAt(end);
            float next = total + base.getWidthPoint(code, size);
            if (next > inner) {
                break;
            }
            if (code == ' ') {
                lastSpace = end;
            }
            total = next;
            end += Character.charCount(code);
        }
        int cut = lastSpace > 0 ? lastSpace : Math.max(1, end);
        String rest = text.substring(cut).strip();
        if (measure(rest) > inner) {
            rest = shortened(rest, inner);
        }
        return new String[] {text.substring(0, cut), rest};
    }

    /** The header is as tall as its longest title, wrapped in its column. */
    private float headerHeight() {
        int lines = 1;
        for (int i = 0; i < titles.size(); i++) {
            ColumnText column = new ColumnText(null);
            column.setSimpleColumn(fonts.phrase(titles.get(i), fonts.tableHeader), 0, 0, width[i] - 2 * PAD, 1000,
                    LEADING, Element.ALIGN_LEFT);
            column.go(true);
            lines = Math.max(lines, column.getLinesWritten());
        }
        return PAD + lines * LEADING + PAD_BOTTOM;
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace('\n', ' ').replace('\r', ' ');
    }

    /** The text cut with an ellipsis to {@code room} points wide, on one line. */
    private String shortened(String text, float room) {
        String line = text;
        int end = line.length();
        float ellipsis = Math.abs(measure("…"));
        while (end > 0 && Math.abs(measure(line.substring(0, end))) > room - ellipsis) {
            end = Math.max(0, end - Math.max(1, end / 8));
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    /**
     * The width at the table's size, counting a character the table font lacks as a full em (as CJK are); negative
     * when the font lacks one (or it is a control character), so the text needs ColumnText and the fallback fonts.
     */
    private float measure(String text) {
        BaseFont base = fonts.table.getBaseFont();
        float size = fonts.table.getSize();
        float total = 0;
        boolean lacking = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int code = text.codePointAt(i);
            if (base.charExists(code) && !Character.isISOControl(code)) {
                total += base.getWidthPoint(code, size);
            } else {
                total += size;
                lacking = true;
            }
        }
        return lacking ? -total : total;
    }
}
