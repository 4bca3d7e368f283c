package org.unknot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Moments in the data file: UTC with fixed millisecond precision ({@code 2026-11-22T10:00:00.000Z}), so that text
 * order is time order and an index on the column serves ranges and sorting; CHECK constraints in the schema hold
 * the columns to this format. People see them in their own zone.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final int STORED_LENGTH = "2026-11-22T10:00:00.000Z".length();

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * The moment of a stored timestamp. The stored format is read digit by digit (a report reads hundreds of
     * thousands; a general parser costs several times as much); any other ISO form goes to {@link Instant#parse}.
     */
    static Instant parse(String text) {
        if (text.length() != STORED_LENGTH || text.charAt(10) != 'T' || text.charAt(23) != 'Z') {
            return Instant.parse(text);
        }
        long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
        long second = day * 86_400 + digits(text, 11, 13) * 3_600L + digits(text, 14, 16) * 60L + digits(text, 17, 19);
        return Instant.ofEpochSecond(second, digits(text, 20, 23) * 1_000_000L);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("Not a stored timestamp", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
