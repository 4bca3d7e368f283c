package org.unknot.files;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.StopReason;
import org.unknot.domain.Vocabulary;

/**
 * The history CSV of the product, by the rules of {@link CsvFile}: one row per session oldest first, times ISO-8601
 * with the offset of the reader's zone, empty cells for unknown values, numbers as numbers and text as text. The last
 * column, {@code gentle}, says {@code yes} for a session played in its gentle version and {@code no} otherwise.
 */
public final class HistoryCsv {

    public static final String HEADER = "session_id,started_at,ended_at,routine,status,planned_seconds,done_seconds,"
            + "pain_before,pain_after,pain_change,stop_reason,notes,tools,areas,gentle";

    // Seconds always, no fraction, and a numeric offset even in UTC ("+00:00", not "Z"), so every cell looks alike.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private HistoryCsv() {
    }

    /**
     * Writes the CSV of {@code rows} to {@code target}, times in {@code zone}, and returns how many sessions it holds.
     * The target is either left as it was or replaced by the complete file.
     */
    public static int write(Path target, ZoneId zone, SessionRows rows) throws ExportException {
        return CsvFile.write(target, HEADER, row -> rows.forEachOldestFirst(session -> row.accept(cells(session, zone))),
                "the history", "history.csv");
    }

    static List<String> cells(SessionRecord row, ZoneId zone) {
        return List.of(
                Long.toString(row.id()),
                time(row.startedAt(), zone),
                row.endedAt().map(end -> time(end, zone)).orElse(""),
                CsvFile.text(row.routineName()),
                CsvFile.text(row.status().id()),
                Integer.toString(row.plannedSeconds()),
                Integer.toString(row.doneSeconds()),
                score(row.painBefore()),
                score(row.painAfter()),
                row.painChange().map(String::valueOf).orElse(""),
                CsvFile.text(row.stopReason().map(StopReason::id).orElse("")),
                CsvFile.text(row.notes()),
                CsvFile.text(ids(row.tools())),
                CsvFile.text(ids(row.areas())),
                CsvFile.text(row.gentle() ? "yes" : "no"));
    }

    /** What the session really worked on, in vocabulary order, {@code ;}-separated. */
    private static <E extends Enum<E> & Vocabulary> String ids(Set<E> values) {
        return values.stream().sorted().map(Vocabulary::id).collect(Collectors.joining(";"));
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private static String score(Optional<PainScore> score) {
        return score.map(s -> Integer.toString(s.value())).orElse("");
    }
}
