package org.unknot.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.unknot.store.HistoryFilter;

/**
 * The days a command covers, from {@code --from} and {@code --to} (YYYY-MM-DD, both inclusive, either may be left
 * out): from the start of the first day to the end of the last, in the zone the user lives in.
 */
record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** A date whose year is not four digits from 0001 to 9999 (with a sign, more digits, or 0000). */
    private static final Pattern OTHER_YEAR = Pattern.compile("([+-]\\d+|\\d{5,}|0000)-\\d{1,2}-\\d{1,2}");
    /** The last day a range can name; nothing is stored after it, so a range to it has no end. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    DateRange {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new UserError("The range ends on " + to.get() + " (--to), before it starts on " + from.get()
                    + " (--from); give a --to on or after the --from.");
        }
    }

    /** Reads the options as typed; a text that is not a date, or a range that ends before it starts, is a {@link UserError}. */
    static DateRange parse(Optional<String> from, Optional<String> to) {
        return new DateRange(from.map(DateRange::date), to.map(DateRange::date));
    }

    /** The first moment of the range, if it has a first day. */
    Optional<Instant> start(ZoneId zone) {
        return from.map(day -> day.atStartOfDay(zone).toInstant());
    }

    /**
     * The first moment after the range (the start of the day after its last day), if it has a last day before
     * {@link #LAST_DAY}: the day after that is in year 10000, which the data file's moments cannot hold.
     */
    Optional<Instant> endExclusive(ZoneId zone) {
        return to.filter(day -> day.isBefore(LAST_DAY)).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * These days with both ends given: an open end becomes {@code today} (or the first day, if that is later), an open
     * start the {@code weeks} weeks up to the end.
     */
    DateRange closed(LocalDate today, int weeks) {
        LocalDate last = to.orElseGet(() -> from.filter(first -> first.isAfter(today)).orElse(today));
        return new DateRange(Optional.of(from.orElse(last.minusWeeks(weeks).plusDays(1))), Optional.of(last));
    }

    /** The store's filter for these days, every routine, tool and status. */
    HistoryFilter filter(ZoneId zone) {
        return new HistoryFilter(start(zone), endExclusive(zone), Optional.empty(), Set.of(), Optional.empty());
    }

    private static LocalDate date(String text) {
        if (OTHER_YEAR.matcher(text.strip()).matches()) {
            throw new UserError("\"" + text + "\" is not a day Unknot can use; give a date in the years 0001 to 9999, "
                    + "like 2026-11-22.");
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new UserError("\"" + text + "\" is not a date; write dates as YYYY-MM-DD, like 2026-11-22.");
        }
    }
}
