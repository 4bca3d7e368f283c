package org.unknot.files;

import com.lowagie.text.Font;

/**
 * Shortens text with "…" so it fits a number of lines of a width, measured with the font's glyph widths (a glyph the
 * font lacks, drawn by a fallback, is counted as a full em, as CJK glyphs are), so page one never overflows.
 */
final class TextFit {

    private static final String ELLIPSIS = "…";
    // Words do not break exactly at the edge: keep a margin per line for the slack word wrapping leaves.
    private static final float WRAP_SLACK = 0.88f;

    private TextFit() {
    }

    static String fit(String text, Font font, float width, int lines) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        float budget = width * (lines == 1 ? 0.97f : lines * WRAP_SLACK);
        float used = 0;
        float ellipsis = width(ELLIPSIS.codePointAt(0), font);
        for (int i = 0; i < oneLine.length(); i += Character.charCount(oneLine.codePointAt(i))) {
            used += width(oneLine.codePointAt(i), font);
            if (used > budget) {
                return cut(oneLine, font, budget - ellipsis) + ELLIPSIS;
            }
        }
        return oneLine;
    }

    private static String cut(String text, Font font, float budget) {
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            used += width(text.codePointAt(i), font);
            if (used > budget) {
                break;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(0, i).stripTrailing();
    }

    private static float width(int code, Font font) {
        return font.getBaseFont().charExists(code) ? font.getBaseFont().getWidthPoint(code, font.getSize())
                : font.getSize();
    }
}
