package org.unknot.ui.common;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the app shows a day, a time of day and a change of pain, in the user's locale: "Sun 29 Nov 2026"
 * (en-GB) or "Sun Nov 29, 2026" (en-US), "07:45" or "7:45 AM", and "6 → 4  −2".
 */
public final class Formats {

    private static final Formats USER = new Formats(Locale.getDefault(Locale.Category.FORMAT));

    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayOfMonth;

    Formats(Locale locale) {
        String date = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        day = DateTimeFormatter.ofPattern("EEE " + date, locale);
        time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        // the same order without the year, as a chart's axis shows a week: "29 Nov" or "Nov 29"
        dayOfMonth = DateTimeFormatter.ofPattern(date.replaceAll("[\\s,.]*y+[\\s,.]*$|^y+[\\s,./-]*", "").strip(),
                locale);
    }

    /** "Sun 29 Nov 2026" in the user's locale. */
    public static String day(LocalDate date) {
        return USER.dayOf(date);
    }

    /** "Sun 29 Nov 2026, 07:45". */
    public static String dayAndTime(ZonedDateTime when) {
        return USER.dayOf(when.toLocalDate()) + ", " + USER.time.format(when);
    }

    /** The day above the time, for a narrow column. */
    public static String dayAndTimeOnTwoLines(ZonedDateTime when) {
        return USER.dayOf(when.toLocalDate()) + "\n" + USER.time.format(when);
    }

    /** "29 Nov": a day without its year, for a chart's axis. */
    public static String dayOfMonth(LocalDate date) {
        return USER.dayOfMonthOf(date);
    }

    /** "6 → 4  −2" with a real minus, "5 → 5  ±0", "6 → –" for a rating not given (then no change). */
    public static String painChange(Optional<Integer> before, Optional<Integer> after) {
        String scores = scores(before, after);
        return change(before, after).map(change -> scores + "  " + change).orElse(scores);
    }

    /** The first half of {@link #painChange}, for a view that colours the change apart: "6 → 4". */
    public static String scores(Optional<Integer> before, Optional<Integer> after) {
        return score(before) + " → " + score(after);
    }

    /** The change after minus before, signed: "−2", "+1", "±0"; empty unless both were rated. */
    public static Optional<String> change(Optional<Integer> before, Optional<Integer> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        int change = after.get() - before.get();
        return Optional.of(change < 0 ? "−" + -change : change > 0 ? "+" + change : "±0");
    }

    private static String score(Optional<Integer> score) {
        return score.map(String::valueOf).orElse("–");
    }

    String dayOf(LocalDate date) {
        return day.format(date);
    }

    String dayOfMonthOf(LocalDate date) {
        return dayOfMonth.format(date);
    }
}
