package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.MedicineStore;
import org.unknot.store.Storage;
import org.unknot.store.StoredMedicine;

/** The sample's medicines and as-needed days: a short list, and the medicine taken more often on worse days. */
class SampleMedicinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    @Test
    void oneRegularAndOneAsNeededMedicineAndAsNeededDaysFollowThePain() {
        List<CheckInRecord> checkIns = new ArrayList<>();
        List<Medicine> medicines;
        try (Storage storage = Storage.open(new DataFolder(folder), Clock.systemUTC(), StarterRoutines::load)) {
            SampleHistory.generate(storage, 300, 3, TODAY, ZoneId.of("Europe/Berlin"));
            medicines = new MedicineStore(storage.database()).list().stream().map(StoredMedicine::medicine).toList();
            storage.pain().forEachCheckIn(Optional.empty(), Optional.empty(), checkIns::add);
        }

        assertEquals(List.of(MedicineUse.REGULAR, MedicineUse.AS_NEEDED),
                medicines.stream().map(Medicine::use).sorted().toList());
        assertTrue(medicines.stream().allMatch(medicine -> medicine.currentOn(checkIns.get(0).day())));
        long unanswered = checkIns.stream().filter(checkIn -> checkIn.asNeeded().isEmpty()).count();
        assertTrue(unanswered > 0 && unanswered < checkIns.size() / 4, "now and then unanswered: " + unanswered);
        double high = yesShare(checkIns, 7, 10);
        double low = yesShare(checkIns, 0, 4);
        assertTrue(high > low + 0.2, "more often on worse days: " + high + " against " + low);
    }

    private static double yesShare(List<CheckInRecord> checkIns, int lowest, int highest) {
        List<CheckInRecord> answered = checkIns.stream().filter(checkIn -> checkIn.asNeeded().isPresent()
                && checkIn.pain().value() >= lowest && checkIn.pain().value() <= highest).toList();
        return answered.stream().filter(checkIn -> checkIn.asNeeded().get() == AsNeededAnswer.YES).count()
                / (double) answered.size();
    }
}
