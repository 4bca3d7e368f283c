package org.unknot.domain;

import java.util.Optional;

/**
 * The one rule for the text of routines (names, descriptions, cues), used by the editor, rename and the file reader:
 * every Unicode white space around it is trimmed, lengths count characters (code points, as the database counts),
 * and characters that break lines, turn the text's direction or are half of a character are refused.
 */
public final class RoutineText {

    private RoutineText() {
    }

    /** The text without Unicode white space (no-break and ideographic spaces too) at either end; null is empty. */
    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** The length in characters: an emoji counts one, as in the database. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The first {@code count} characters of the text, never cutting a character in half. */
    public static String prefix(String text, int count) {
        if (length(text) <= count) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, count));
    }

    /** What is wrong with a character in the text, as words that follow "contains", if anything. */
    public static Optional<String> forbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return Optional.of("a broken character (half of an emoji or other character)");
            }
            if (c == 0x2028 || c == 0x2029) {
                return Optional.of("a line or paragraph separator");
            }
            if (isDirectionControl(c)) {
                return Optional.of("an invisible character that changes the direction of the text");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Whether the text is not empty yet shows nothing: only zero-width characters and spaces. */
    public static boolean invisible(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> isZeroWidth(c) || isSpace(c));
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isZeroWidth(int c) {
        return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    }

    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
