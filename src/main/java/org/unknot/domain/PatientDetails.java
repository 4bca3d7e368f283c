package org.unknot.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient's name and date of birth as typed for the physician report: both optional, printed only on the report
 * and kept on this computer.
 *
 * @param name at most {@value #MAX_NAME} characters once stripped; empty when not given
 * @param born not before {@link #EARLIEST_BIRTH}; whether it lies in the future is checked by {@link #parse}
 */
public record PatientDetails(String name, Optional<LocalDate> born) {

    public static final int MAX_NAME = 80;
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    public static final PatientDetails NONE = new PatientDetails("", Optional.empty());
    /** The one sentence for a date of birth that cannot be used. */
    public static final String BORN_PROBLEM = "Type the date of birth as 1961-03-03, or leave it empty.";
    public static final String NAME_PROBLEM = "The name on the report can be at most " + MAX_NAME + " characters.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public PatientDetails {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(born, "born");
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(NAME_PROBLEM);
        }
        if (born.filter(day -> day.isBefore(EARLIEST_BIRTH)).isPresent()) {
            throw new IllegalArgumentException(BORN_PROBLEM);
        }
    }

    /**
     * The details as typed: {@code bornText} is an ISO day (1961-03-03) or blank, not after {@code today}.
     *
     * @throws IllegalArgumentException with one plain sentence when either cannot be used
     */
    public static PatientDetails parse(String name, String bornText, LocalDate today) {
        return new PatientDetails(name, born(bornText, today));
    }

    /** The day typed, empty when blank; refuses with {@link #BORN_PROBLEM} what is not a day from 1900 to today. */
    public static Optional<LocalDate> born(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today) || day.isBefore(EARLIEST_BIRTH)) {
                throw new IllegalArgumentException(BORN_PROBLEM);
            }
            return Optional.of(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(BORN_PROBLEM, e);
        }
    }

    /** Whether the date of birth typed can be used: blank, or a day from 1900 up to today. */
    public static boolean bornAcceptable(String text, LocalDate today) {
        try {
            born(text, today);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean isEmpty() {
        return name.isEmpty() && born.isEmpty();
    }

    /** The date of birth as typed and stored, 1961-03-03; empty when not given. */
    public String bornText() {
        return born.map(LocalDate::toString).orElse("");
    }

    /**
     * What the report's header prints after "Patient: " — "Anna Petrova · born 3 March 1961", or only one of the two;
     * empty when neither was given.
     */
    public Optional<String> reportLine() {
        String birth = born.map(day -> "born " + DAY.format(day)).orElse("");
        String line = name.isEmpty() || birth.isEmpty() ? name + birth : name + " · " + birth;
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }
}
