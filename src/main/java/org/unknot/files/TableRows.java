package org.unknot.files;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Arrays;
import java.util.List;

/**
 * A table drawn straight onto the pages, one row at a time: fixed column widths, each cell one or two lines (longer
 * text is shortened with an ellipsis, see {@link TableCells}), striped rows, and the header row again at the top of
 * every page. Holds the current position and the fit of recent texts, so a table of any length costs the memory of
 * a few rows.
 */
final class TableRows {

    /** What a cell shows for nothing: no rating, no area, no tool. */
    static final String NONE = "–";
    static final float PAD = 3;
    private static final float PAD_BOTTOM = 5;
    private static final float LEADING = 11;

    private final Document document;
    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final List<String> titles;
    private final float[] left;
    private final float[] width;
    private final float headerHeight;
    private final TableCells cells;
    private PdfTemplate headerForm;
    private float y;
    // Where the page's first row starts.
    private float top;
    private int row;
    // Whether the page's text object is open, and where its last line started.
    private boolean inText;
    private float atX;
    private float atY;

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
        // Whole points, so the text positions written for every cell are short numbers.
        float x = document.left();
        for (int i = 0; i < weights.length; i++) {
            float right = i == weights.length - 1 ? document.right()
                    : Math.round(x + (document.right() - document.left()) * weights[i] / total);
            left[i] = x;
            width[i] = right - x;
            x = right;
        }
        this.headerHeight = headerHeight();
        this.cells = new TableCells(fonts.table, width);
    }

    /** Ends the table's drawing on this page and returns where its last row ends. */
    float finish() {
        endText();
        return y;
    }

    /** Draws the header row below {@code top}, the page's current position. */
    void start(float top) {
        y = (float) Math.floor(top);
        header();
    }

    /** Draws one row of cell texts, first on a new page (under a new header) when it does not fit on this one. */
    void add(List<String> cells) {
        int lines = 1;
        TableCells.Cell[] fitted = new TableCells.Cell[cells.size()];
        for (int i = 0; i < fitted.length; i++) {
            fitted[i] = this.cells.fit(i, cells.get(i));
            lines = Math.max(lines, fitted[i].lines());
        }
        float height = PAD + lines * LEADING + PAD_BOTTOM;
        if (y - height < document.bottom()) {
            endText();
            document.newPage();
            y = document.top();
            header();
        }
        draw(fitted, height, row++ % 2 == 1);
    }

    /**
     * Shows a line of a cell; the operator written the first time is copied straight into the page the next times
     * (the table font's glyphs of that text are registered for the subset by then), since encoding each character
     * into a glyph cost the table more than anything else left.
     */
    private static void show(PdfContentByte canvas, TableCells.Cell cell, int line) {
        ByteBuffer page = canvas.getInternalBuffer();
        byte[] shown = cell.shown()[line];
        if (shown != null) {
            page.append(shown);
            return;
        }
        int from = page.size();
        canvas.showText(cell.wrapped()[line]);
        cell.shown()[line] = Arrays.copyOfRange(page.getBuffer(), from, page.size());
    }

    private void endText() {
        if (inText) {
            writer.getDirectContent().endText();
            inText = false;
        }
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

    /**
     * Draws a row: the cells wrapped as plain text into the page's one text object, the others with ColumnText
     * (which ends that text object: it writes its own).
     */
    private void draw(TableCells.Cell[] cells, float height, boolean striped) {
        PdfContentByte under = writer.getDirectContentUnder();
        if (y == top) {
            // The stripe's and the rule's colours and width hold for the rest of the page's under-layer.
            under.setColorFill(PhysicianReport.STRIPE);
            under.setColorStroke(PhysicianReport.RULE);
            under.setLineWidth(0.4f);
        }
        if (striped) {
            under.rectangle(document.left(), y - height, document.right() - document.left(), height);
            under.fill();
        }
        under.moveTo(document.left(), y - height);
        under.lineTo(document.right(), y - height);
        under.stroke();
        PdfContentByte canvas = writer.getDirectContent();
        if (!inText) {
            canvas.beginText();
            canvas.setFontAndSize(fonts.table.getBaseFont(), fonts.table.getSize());
            canvas.setColorFill(fonts.table.getColor());
            inText = true;
            atX = 0;
            atY = 0;
        }
        // Each line is placed relative to the one before (two numbers, mostly whole), not by an absolute matrix
        // (six): formatting those numbers was the table's largest cost.
        for (int i = 0; i < cells.length; i++) {
            String[] wrapped = cells[i].wrapped();
            for (int line = 0; wrapped != null && line < wrapped.length; line++) {
                float x = left[i] + PAD;
                float lineY = y - PAD - (line + 1) * LEADING + 1;
                canvas.moveText(x - atX, lineY - atY);
                atX = x;
                atY = lineY;
                show(canvas, cells[i], line);
            }
        }
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i].text();
            if (!text.isEmpty() && cells[i].wrapped() == null) {
                endText();
                ColumnText column = new ColumnText(canvas);
                column.setRunDirection(ReportFonts.direction(text));
                column.setSimpleColumn(fonts.phrase(text, fonts.table), left[i] + PAD, y - height,
                        left[i] + width[i] - PAD, y - PAD + 1, LEADING, Element.ALIGN_LEFT);
                column.go();
            }
        }
        y -= height;
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

}
