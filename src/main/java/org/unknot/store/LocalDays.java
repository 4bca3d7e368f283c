package org.unknot.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL that moves a stored UTC moment into the user's zone, so that grouped queries can count by the user's days and
 * weeks: a date modifier ("+3600 seconds") chosen by the offsets the zone had between two moments. The offsets are
 * picked by a balanced CASE over the zone's transitions, so a row costs a handful of comparisons even over decades of
 * summer time.
 */
final class LocalDays {

    private final String sql;
    private final List<Object> values;

    private LocalDays(String sql, List<Object> values) {
        this.sql = sql;
        this.values = List.copyOf(values);
    }

    /** The modifier for {@code column}, for moments from {@code first} to {@code last} in {@code zone}. */
    static LocalDays of(String column, ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        List<Instant> starts = new ArrayList<>();
        List<ZoneOffset> offsets = new ArrayList<>();
        starts.add(first);
        offsets.add(rules.getOffset(first));
        for (ZoneOffsetTransition next = rules.nextTransition(first);
             next != null && !next.getInstant().isAfter(last); next = rules.nextTransition(next.getInstant())) {
            starts.add(next.getInstant());
            offsets.add(next.getOffsetAfter());
        }
        List<Object> values = new ArrayList<>();
        String sql = pick(column, starts, offsets, 0, offsets.size() - 1, values);
        return new LocalDays(sql, values);
    }

    /** The modifier of periods {@code low} to {@code high}: split in the middle until one period is left. */
    private static String pick(String column, List<Instant> starts, List<ZoneOffset> offsets, int low, int high,
                               List<Object> values) {
        if (low == high) {
            values.add(offsets.get(low).getTotalSeconds() + " seconds");
            return "?";
        }
        int middle = (low + high + 1) / 2;
        values.add(Timestamps.format(starts.get(middle)));
        String before = pick(column, starts, offsets, low, middle - 1, values);
        String after = pick(column, starts, offsets, middle, high, values);
        return "CASE WHEN " + column + " < ? THEN " + before + " ELSE " + after + " END";
    }

    /** The expression, with {@code ?} for each of {@link #values()} in order. */
    String sql() {
        return sql;
    }

    List<Object> values() {
        return values;
    }
}
