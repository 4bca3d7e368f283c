package org.unknot.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments in the data file: UTC with fixed millisecond precision ({@code 2026-11-22T10:00:00.000Z}), so that text
 * order is time order and an index on the column serves ranges and sorting; CHECK constraints in the schema hold
 * the columns to this format. People see them in their own zone.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
