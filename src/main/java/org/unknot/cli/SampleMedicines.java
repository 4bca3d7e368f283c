package org.unknot.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;

/**
 * The sample's pain medicines: one taken regularly and one as needed, both since before the history begins, and the
 * check-ins' answers about the as-needed one — taken more often on days with more pain, and now and then not
 * answered. Its own random numbers, so the sessions and check-ins of a seed stay what they were without it.
 */
final class SampleMedicines {

    /** How often a check-in leaves the question unanswered. */
    private static final double UNANSWERED = 0.1;

    private final SplittableRandom random;

    SampleMedicines(long seed) {
        this.random = new SplittableRandom(seed ^ 0x6d65646963696e65L);
    }

    /** The list, for a history whose first day is {@code first}. */
    static List<Medicine> list(LocalDate first) {
        return List.of(
                new Medicine("Amitriptyline", "10 mg at night", MedicineUse.REGULAR, first.minusDays(90),
                        Optional.empty()),
                new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED, first.minusDays(30), Optional.empty()));
    }

    /** The answer of a check-in rating {@code pain}: yes about one day in eight at 3/10, one in two at 7/10. */
    Optional<AsNeededAnswer> answer(int pain) {
        if (random.nextDouble() < UNANSWERED) {
            return Optional.empty();
        }
        double chance = Math.max(0.03, Math.min(0.8, 0.125 + 0.095 * (pain - 3)));
        return Optional.of(random.nextDouble() < chance ? AsNeededAnswer.YES : AsNeededAnswer.NO);
    }
}
