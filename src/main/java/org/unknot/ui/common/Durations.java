package org.unknot.ui.common;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people read them, one rule across the app: a duration shown as a fact (a routine's or a step's time,
 * done / planned, a total, a summary, the next step) is in {@link #words words}, "12 min 30 s", everywhere. The
 * {@link #clock clock} form, "07:15", is only for a running timer (the player's big digits, its elapsed / total line,
 * the window title while a session runs) and for the editor's time field the user types into ("1:30"), which
 * {@link #parseClock} reads back.
 */
public final class Durations {

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})");

    private Durations() {
    }

    /** "45 s", "10 min", "12 min 30 s", "1 h 5 min". */
    public static String words(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        if (minutes == 0) {
            return rest + " s";
        }
        return rest > 0 ? minutes + " min " + rest + " s" : minutes + " min";
    }

    /** Reads "1:30" or "90" as 90 seconds, and "1:00:00" as an hour; empty for anything else. */
    public static OptionalInt parseClock(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher clock = CLOCK.matcher(trimmed);
        if (clock.matches()) {
            int hours = clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1));
            int minutes = Integer.parseInt(clock.group(2));
            int seconds = Integer.parseInt(clock.group(3));
            boolean valid = seconds < 60 && (clock.group(1) == null || minutes < 60);
            return valid ? OptionalInt.of(hours * 3600 + minutes * 60 + seconds) : OptionalInt.empty();
        }
        return trimmed.matches("\\d{1,4}") ? OptionalInt.of(Integer.parseInt(trimmed))
                : OptionalInt.empty();
    }

    /** "04:59", "1:02:03": only for a running timer and the editor's time field (see the class comment). */
    public static String clock(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, rest)
                : String.format("%02d:%02d", minutes, rest);
    }
}
