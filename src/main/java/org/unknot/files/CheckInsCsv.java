package org.unknot.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.unknot.domain.Area;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PegDay;

/**
 * The check-ins CSV, by the rules of {@link CsvFile}: one row per day checked in, oldest first; {@code flare} is
 * {@code yes} or {@code no}, {@code as_needed_medicine} yes, no, or empty when the day did not ask or was not answered.
 * A weekly PEG answer fills the PEG items of the row of the day it was given; a day with a PEG answer and no check-in
 * gets a row of its own with the pain empty.
 */
public final class CheckInsCsv {

    public static final String HEADER =
            "day,pain,flare,peg_pain,peg_enjoyment,peg_activity,as_needed_medicine,areas,note";

    private CheckInsCsv() {
    }

    /** Writes the CSV of {@code rows} to {@code target} and returns how many check-ins it holds. */
    public static int write(Path target, CheckInRows rows) throws ExportException {
        return write(target, rows, List.of());
    }

    /**
     * Writes the CSV of {@code rows} with the PEG answers {@code peg} (oldest first) on their days, and returns how
     * many rows it holds.
     */
    public static int write(Path target, CheckInRows rows, List<PegDay> peg) throws ExportException {
        return CsvFile.write(target, HEADER, row -> {
            Deque<PegDay> waiting = new ArrayDeque<>(peg);
            rows.forEachOldestFirst(checkIn -> {
                pegOnly(waiting, checkIn, row);
                Optional<PegAnswer> answer = !waiting.isEmpty() && waiting.peek().day().equals(checkIn.day())
                        ? Optional.of(waiting.poll().answer()) : Optional.empty();
                row.accept(cells(checkIn, answer));
            });
            pegOnly(waiting, null, row);
        }, "the check-ins", "check-ins.csv");
    }

    /** The rows of the PEG answers given before {@code next}'s day (all that are left when null). */
    private static void pegOnly(Deque<PegDay> waiting, CheckInRecord next, Consumer<List<String>> row) {
        while (!waiting.isEmpty() && (next == null || waiting.peek().day().isBefore(next.day()))) {
            PegDay day = waiting.poll();
            row.accept(List.of(day.day().toString(), "", "", Integer.toString(day.answer().pain()),
                    Integer.toString(day.answer().enjoyment()), Integer.toString(day.answer().activity()), "", "",
                    ""));
        }
    }

    static List<String> cells(CheckInRecord checkIn) {
        return cells(checkIn, Optional.empty());
    }

    static List<String> cells(CheckInRecord checkIn, Optional<PegAnswer> peg) {
        String areas = checkIn.areas().stream().sorted().map(Area::id).collect(Collectors.joining(";"));
        return List.of(checkIn.day().toString(), Integer.toString(checkIn.pain().value()),
                CsvFile.text(checkIn.flare() ? "yes" : "no"),
                peg.map(answer -> Integer.toString(answer.pain())).orElse(""),
                peg.map(answer -> Integer.toString(answer.enjoyment())).orElse(""),
                peg.map(answer -> Integer.toString(answer.activity())).orElse(""),
                checkIn.asNeeded().map(AsNeededAnswer::id).orElse(""), CsvFile.text(areas),
                CsvFile.text(checkIn.note()));
    }
}
