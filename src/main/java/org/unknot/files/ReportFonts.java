package org.unknot.files;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The physician report's fonts, embedded so names and notes print in any script the user types: DejaVu Sans for
 * Latin, Cyrillic, Greek, Arabic and Hebrew (its condensed cut in the session table; Bitstream Vera licence), with
 * Droid Sans Fallback for Chinese and Japanese (Apache 2.0) and NanumGothic for Korean (SIL OFL 1.1) where DejaVu lacks
 * a glyph; all shipped in {@code assets/fonts/}. Only the glyphs used are embedded (Identity-H subsets), and the
 * fallbacks are only read when a report needs them. Right-to-left text gets a run direction.
 */
final class ReportFonts {

    static final Color INK = new Color(0x22, 0x2B, 0x33);
    static final Color MUTED = new Color(0x5F, 0x68, 0x70);

    private static final String FOLDER = "/org/unknot/assets/fonts/";

    final BaseFont base = face("DejaVuSans.ttf");
    final BaseFont bold = face("DejaVuSans-Bold.ttf");
    // The condensed cut keeps the dense session table as wide as it was in Helvetica.
    private final BaseFont condensed = face("DejaVuSansCondensed.ttf");
    private final BaseFont condensedBold = face("DejaVuSansCondensed-Bold.ttf");
    private static final List<String> FALLBACKS = List.of("DroidSansFallbackFull.ttf", "NanumGothic.ttf");
    private final BaseFont[] fallbacks = new BaseFont[FALLBACKS.size()];

    final Font title = new Font(bold, 20, Font.NORMAL, INK);
    final Font subtitle = new Font(base, 13, Font.NORMAL, INK);
    final Font heading = new Font(bold, 12, Font.NORMAL, INK);
    final Font body = new Font(base, 10.5f, Font.NORMAL, INK);
    final Font bodyBold = new Font(bold, 10.5f, Font.NORMAL, INK);
    final Font label = new Font(base, 10.5f, Font.NORMAL, MUTED);
    final Font small = new Font(base, 9, Font.NORMAL, MUTED);
    final Font table = new Font(condensed, 9, Font.NORMAL, INK);
    final Font tableHeader = new Font(condensedBold, 9, Font.NORMAL, INK);

    /**
     * The text in the given font, with each run of characters the font lacks taken from the first fallback that has
     * them (drawn bold when the font is bold). The phrase keeps the font, so its leading is the font's, as with
     * {@code new Phrase(text, font)}. (OpenPDF's FontSelector loads a font file on every construction: too slow for
     * thousands of cells.)
     */
    Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase("", font);
        Font[] faces = new Font[1 + FALLBACKS.size()];
        faces[0] = font;
        int current = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int face = faceFor(text.codePointAt(i), font);
            if (face != current) {
                if (i > start) {
                    phrase.add(new Chunk(text.substring(start, i), faces[current]));
                }
                if (faces[face] == null) {
                    faces[face] = new Font(fallback(face - 1), font.getSize(), isBold(font) ? Font.BOLD : Font.NORMAL,
                            font.getColor());
                }
                start = i;
                current = face;
            }
        }
        if (start < text.length()) {
            phrase.add(new Chunk(text.substring(start), faces[current]));
        }
        return phrase;
    }

    /** 0 for the font itself, else 1 + the first fallback holding the character; the font when none does. */
    private int faceFor(int code, Font font) {
        if (Character.isWhitespace(code) || Character.isISOControl(code) || font.getBaseFont().charExists(code)) {
            return 0;
        }
        for (int i = 0; i < FALLBACKS.size(); i++) {
            if (fallback(i).charExists(code)) {
                return i + 1;
            }
        }
        return 0;
    }

    private BaseFont fallback(int index) {
        if (fallbacks[index] == null) {
            fallbacks[index] = face(FALLBACKS.get(index));
        }
        return fallbacks[index];
    }

    private boolean isBold(Font font) {
        return font.getBaseFont() == bold || font.getBaseFont() == condensedBold;
    }

    /**
     * The run direction for a cell or column holding this text: right-to-left when its first letter is Hebrew or
     * Arabic, left-to-right with bidi reordering (and Arabic shaping) when it only contains some, and OpenPDF's plain
     * left-to-right layout otherwise.
     */
    static int direction(String text) {
        int first = PdfWriter.RUN_DIRECTION_NO_BIDI;
        for (int i = 0; i < text.length(); i++) {
            byte kind = Character.getDirectionality(text.charAt(i));
            boolean rightToLeft = kind == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || kind == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            if (first == PdfWriter.RUN_DIRECTION_NO_BIDI && (rightToLeft
                    || kind == Character.DIRECTIONALITY_LEFT_TO_RIGHT)) {
                first = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            }
            if (rightToLeft) {
                return first;
            }
        }
        return PdfWriter.RUN_DIRECTION_NO_BIDI;
    }

    private static BaseFont face(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("the report font " + file + " could not be read", e);
        }
    }
}
