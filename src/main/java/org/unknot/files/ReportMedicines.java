package org.unknot.files;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.unknot.domain.Medicine;

/**
 * The report's line of medicines: those taken at some time in the period, as listed by the user, without advice —
 * "Medicines: Ibuprofen 400 mg (as needed, since 3 Nov 2026); Paracetamol (regular, 1 Oct – 20 Nov 2026)."
 */
final class ReportMedicines {

    static final String NONE = "Medicines: none listed.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private ReportMedicines() {
    }

    /** The line of the medicines current on any day from {@code first} to {@code last}, oldest start first. */
    static String line(List<Medicine> medicines, LocalDate first, LocalDate last) {
        List<Medicine> taken = medicines.stream()
                .filter(medicine -> !medicine.startedOn().isAfter(last)
                        && medicine.stoppedOn().map(stop -> !stop.isBefore(first)).orElse(true))
                .sorted(Comparator.comparing(Medicine::startedOn).thenComparing(Medicine::name))
                .toList();
        if (taken.isEmpty()) {
            return NONE;
        }
        return "Medicines: " + taken.stream().map(ReportMedicines::describe).collect(Collectors.joining("; ")) + ".";
    }

    private static String describe(Medicine medicine) {
        String dose = medicine.dose().isEmpty() ? "" : " " + medicine.dose();
        String use = medicine.use().label().toLowerCase(Locale.ROOT);
        String days = medicine.stoppedOn().map(stop -> DAY.format(medicine.startedOn()) + " – " + DAY.format(stop))
                .orElse("since " + DAY.format(medicine.startedOn()));
        return medicine.name() + dose + " (" + use + ", " + days + ")";
    }
}
