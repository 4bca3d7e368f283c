package org.unknot.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A pain medicine on the user's list, as a record for their clinician: its name, the dose as they wrote it, whether it
 * is taken regularly or as needed, and since (and until) when. Nothing here checks a dose or gives advice.
 */
public record Medicine(String name, String dose, MedicineUse use, LocalDate startedOn, Optional<LocalDate> stoppedOn) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DOSE = 80;

    /** Refuses what {@link #nameProblem}, {@link #doseProblem} or {@link #stopProblem} refuse, with their sentence. */
    public Medicine {
        name = RoutineText.trim(name);
        dose = RoutineText.trim(dose);
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(stoppedOn, "stoppedOn");
        String problem = nameProblem(name) + doseProblem(dose) + stopProblem(startedOn, stoppedOn);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why the name would be refused, in one sentence; empty for a good one. */
    public static String nameProblem(String text) {
        String name = RoutineText.trim(text);
        if (name.isEmpty()) {
            return "Give the medicine a name.";
        }
        int length = RoutineText.length(name);
        if (length > MAX_NAME) {
            return "The name is " + length + " characters; shorten it to " + MAX_NAME + ".";
        }
        return RoutineText.forbidden(name).map(what -> "The name contains " + what + "; remove it.").orElse("");
    }

    /** Why the dose would be refused, in one sentence; empty for a good one (no dose is fine). */
    public static String doseProblem(String text) {
        String dose = RoutineText.trim(text);
        int length = RoutineText.length(dose);
        if (length > MAX_DOSE) {
            return "The dose is " + length + " characters; shorten it to " + MAX_DOSE + ".";
        }
        return RoutineText.forbidden(dose).map(what -> "The dose contains " + what + "; remove it.").orElse("");
    }

    /** Why the stop date would be refused, in one sentence; empty for none or one on or after the start. */
    public static String stopProblem(LocalDate started, Optional<LocalDate> stopped) {
        return stopped.filter(day -> started != null && day.isBefore(started))
                .map(day -> "The stop date is before the start date; choose the start date or a later day.")
                .orElse("");
    }

    /** Whether it was being taken on {@code day}: started on or before it, and not stopped before it. */
    public boolean currentOn(LocalDate day) {
        return !startedOn.isAfter(day) && stoppedOn.map(stop -> !stop.isBefore(day)).orElse(true);
    }

    /** The same medicine, stopped on {@code day}. */
    public Medicine stoppedOn(LocalDate day) {
        return new Medicine(name, dose, use, startedOn, Optional.of(day));
    }

    /** Whether any as-needed medicine of {@code medicines} was current on {@code day}: the check-in then asks. */
    public static boolean asNeededOn(Collection<Medicine> medicines, LocalDate day) {
        return medicines.stream().anyMatch(medicine -> medicine.use() == MedicineUse.AS_NEEDED
                && medicine.currentOn(day));
    }
}
