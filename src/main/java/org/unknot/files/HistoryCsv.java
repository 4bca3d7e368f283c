package org.unknot.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.StopReason;
import org.unknot.domain.Vocabulary;

/**
 * The history CSV of the product: RFC 4180 (CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
 * quotes doubled), UTF-8 without a byte order mark, one row per session oldest first, times ISO-8601 with the offset
 * of the reader's zone, empty cells for unknown values.
 */
public final class HistoryCsv {

    public static final String HEADER = "session_id,started_at,ended_at,routine,status,planned_seconds,done_seconds,"
            + "pain_before,pain_after,pain_change,stop_reason,notes,tools,areas";

    private static final String LINE_END = "\r\n";
    // Seconds always, no fraction, and a numeric offset even in UTC ("+00:00", not "Z"), so every cell looks alike.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /** The sessions to export, handed over one at a time, oldest first. */
    @FunctionalInterface
    public interface Rows {
        void forEachOldestFirst(Consumer<SessionRecord> row);
    }

    private HistoryCsv() {
    }

    /**
     * Writes the CSV of {@code rows} to {@code target}, times in {@code zone}, and returns how many sessions it holds.
     * The target is either left as it was or replaced by the complete file.
     */
    public static int write(Path target, ZoneId zone, Rows rows) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        int[] written = {0};
        try {
            AtomicFiles.writeUtf8(file, out -> {
                out.write(HEADER);
                out.write(LINE_END);
                try {
                    rows.forEachOldestFirst(row -> {
                        try {
                            writeRow(out, cells(row, zone));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        written[0]++;
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
        } catch (IOException e) {
            throw ExportException.couldNotWrite("the history", file, "history.csv", e);
        }
        return written[0];
    }

    static List<String> cells(SessionRecord row, ZoneId zone) {
        return List.of(
                Long.toString(row.id()),
                time(row.startedAt(), zone),
                row.endedAt().map(end -> time(end, zone)).orElse(""),
                row.routineName(),
                row.status().id(),
                Integer.toString(row.plannedSeconds()),
                Integer.toString(row.doneSeconds()),
                score(row.painBefore()),
                score(row.painAfter()),
                row.painChange().map(String::valueOf).orElse(""),
                row.stopReason().map(StopReason::id).orElse(""),
                row.notes(),
                ids(row.tools()),
                ids(row.areas()));
    }

    /** What the session really worked on, in vocabulary order, {@code ;}-separated. */
    private static <E extends Enum<E> & Vocabulary> String ids(Set<E> values) {
        return values.stream().sorted().map(Vocabulary::id).collect(Collectors.joining(";"));
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write(LINE_END);
    }

    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private static String score(Optional<PainScore> score) {
        return score.map(s -> Integer.toString(s.value())).orElse("");
    }
}
