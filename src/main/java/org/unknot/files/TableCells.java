package org.unknot.files;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Fits the texts of a streamed table's cells to their columns: one or two lines, longer text shortened with an
 * ellipsis. A table repeats its routine names, minutes, tools and statuses thousands of times, so each column keeps
 * the fit of the texts it has seen (a bounded number) rather than measure them again row after row.
 */
final class TableCells {

    static final int MAX_LINES = 2;
    // ColumnText breaks lines between words, so keep some of its last line free rather than lose a word to the clip.
    private static final float ROOM = 0.85f;
    private static final int KEPT = 512;

    /**
     * A cell's text as drawn, in {@code lines} lines: {@code wrapped} holds them when the text is plain, null when it
     * needs ColumnText (right-to-left text, or characters the table font lacks). {@code shown} keeps each wrapped
     * line's show-text operator as first written, so a repeated text is not encoded into glyphs again.
     */
    record Cell(String text, String[] wrapped, int lines, byte[][] shown) {
        Cell(String text, String[] wrapped) {
            this(text, wrapped, wrapped.length, new byte[wrapped.length][]);
        }

        Cell(String text, int lines) {
            this(text, null, lines, null);
        }
    }

    private final BaseFont base;
    private final float size;
    private final float[] inner;
    private final Map<String, Cell>[] seen;

    @SuppressWarnings("unchecked")
    TableCells(Font font, float[] widths) {
        this.base = font.getBaseFont();
        this.size = font.getSize();
        this.inner = new float[widths.length];
        this.seen = new Map[widths.length];
        for (int i = 0; i < widths.length; i++) {
            inner[i] = widths[i] - 2 * TableRows.PAD;
            seen[i] = new HashMap<>();
        }
    }

    Cell fit(int column, String text) {
        Cell cell = seen[column].get(text);
        if (cell == null) {
            cell = fitted(text, inner[column]);
            if (seen[column].size() == KEPT) {
                seen[column].clear();
            }
            seen[column].put(text, cell);
        }
        return cell;
    }

    private Cell fitted(String cell, float inner) {
        String text = oneLine(cell);
        float measured = measure(text);
        boolean plain = isPlain(text, measured);
        // Plain text is wrapped here, which shortens its second line to fit; cutting a long text first only saves
        // measuring all of it. ColumnText's lines break where it likes, so keep some of its room free.
        float room = plain ? 2 * MAX_LINES * inner : MAX_LINES * inner * ROOM;
        if (Math.abs(measured) > room) {
            text = shortened(text, room);
            measured = measure(text);
        }
        if (plain) {
            String[] wrapped = wrap(text, measured, inner);
            return new Cell(text, wrapped);
        }
        return new Cell(text, Math.abs(measured) <= inner ? 1 : MAX_LINES);
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
        float total = 0;
        int lastSpace = -1;
        int end = 0;
        while (end < text.length()) {
            int code = text.codePointAt(end);
            if (code == ' ') {
                // a line may end at a space even when the space itself would not fit
                lastSpace = end;
            }
            float next = total + base.getWidthPoint(code, size);
            if (next > inner) {
                break;
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
