package org.unknot.ui.common;

/** Durations as people read them. */
public final class Durations {

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

    /** "04:59", "1:02:03". */
    public static String clock(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, rest)
                : String.format("%02d:%02d", minutes, rest);
    }
}
