package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;
import org.unknot.store.MedicineStore;
import org.unknot.store.StoredMedicine;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

/** The medicines in Settings, over a real data file, the background work run step by step. */
class MedicinesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();

    private MedicineStore store() {
        return new MedicineStore(temp.storage().database());
    }

    private MedicinesViewModel viewModel() {
        MedicinesViewModel viewModel = new MedicinesViewModel(store(), runner, TempStorage.CLOCK, WriteAccess.WRITABLE);
        viewModel.load();
        runner.drain();
        return viewModel;
    }

    private static List<String> names(List<StoredMedicine> medicines) {
        return medicines.stream().map(each -> each.medicine().name()).toList();
    }

    @Test
    void anAddedMedicineStartsTodayAndIsListedOnceSaved() {
        MedicinesViewModel viewModel = viewModel();
        viewModel.add();
        assertEquals("2026-11-22", viewModel.draft().startedProperty().get());
        viewModel.draft().nameProperty().set(" Ibuprofen ");
        viewModel.draft().doseProperty().set("400 mg");
        viewModel.draft().useProperty().set(MedicineUse.AS_NEEDED);

        viewModel.save();
        runner.drain();

        assertEquals(List.of(new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED, TODAY, Optional.empty())),
                store().list().stream().map(StoredMedicine::medicine).toList());
        assertEquals(List.of("Ibuprofen"), names(viewModel.medicines()));
        assertNull(viewModel.editingProperty().get());
        assertEquals("Saved Ibuprofen.", viewModel.messageProperty().get());
    }

    @Test
    void aMissingNameIsToldAtTheFieldOnlyOnceSavingIsTriedAndNothingIsSaved() {
        MedicinesViewModel viewModel = viewModel();
        viewModel.add();
        assertEquals("", viewModel.draft().nameProblemProperty().get());

        viewModel.save();

        assertEquals(0, runner.pending());
        assertEquals("Give the medicine a name.", viewModel.draft().nameProblemProperty().get());
        assertEquals("Give the medicine a name.", viewModel.errorMessageProperty().get());
        assertTrue(store().list().isEmpty());
        viewModel.draft().nameProperty().set("I");
        assertEquals("", viewModel.errorMessageProperty().get());
        assertEquals("", viewModel.draft().nameProblemProperty().get());
    }

    @Test
    void aStopDateBeforeTheStartOrNotADayIsRefusedAtItsField() {
        MedicinesViewModel viewModel = viewModel();
        viewModel.add();
        viewModel.draft().nameProperty().set("Naproxen");
        viewModel.draft().stoppedProperty().set("2026-11-21");

        viewModel.save();
        assertEquals("The stop date is before the start date; choose the start date or a later day.",
                viewModel.draft().stopProblemProperty().get());
        viewModel.draft().stoppedProperty().set("21/11");
        assertEquals("Type the day as YYYY-MM-DD, or pick it from the calendar.",
                viewModel.draft().stopProblemProperty().get());
        viewModel.draft().startedProperty().set("");
        assertEquals("Choose the day you started it.", viewModel.draft().startProblemProperty().get());

        assertEquals(0, runner.pending());
        assertTrue(store().list().isEmpty());
        viewModel.draft().startedProperty().set("2026-11-22");
        viewModel.draft().stoppedProperty().set("2026-11-22");
        viewModel.save();
        runner.drain();
        assertEquals(Optional.of(TODAY), store().list().get(0).medicine().stoppedOn());
    }

    @Test
    void editingChangesEveryFieldOfThatMedicine() {
        StoredMedicine added = store().add(new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED,
                TODAY.minusDays(20), Optional.empty()));
        MedicinesViewModel viewModel = viewModel();

        viewModel.edit(viewModel.medicines().get(0));
        assertEquals("Ibuprofen", viewModel.draft().nameProperty().get());
        assertEquals("2026-11-02", viewModel.draft().startedProperty().get());
        viewModel.draft().doseProperty().set("200 mg");
        viewModel.draft().useProperty().set(MedicineUse.REGULAR);
        viewModel.save();
        runner.drain();

        assertEquals(List.of(new StoredMedicine(added.id(), new Medicine("Ibuprofen", "200 mg", MedicineUse.REGULAR,
                TODAY.minusDays(20), Optional.empty()))), store().list());
    }

    @Test
    void stopSetsTodayAndAMedicineStartingLaterIsNotStopped() {
        store().add(new Medicine("Later", "", MedicineUse.REGULAR, TODAY.plusDays(1), Optional.empty()));
        store().add(new Medicine("Ibuprofen", "", MedicineUse.AS_NEEDED, TODAY.minusDays(5), Optional.empty()));
        MedicinesViewModel viewModel = viewModel();

        viewModel.stopTaking(viewModel.medicines().get(0));
        assertEquals("Later starts after today; edit its dates instead.", viewModel.errorMessageProperty().get());
        viewModel.stopTaking(viewModel.medicines().get(1));
        runner.drain();

        assertEquals(List.of("Later", "Ibuprofen"), names(viewModel.medicines()));
        assertEquals(Optional.of(TODAY), viewModel.medicines().get(1).medicine().stoppedOn());
        assertEquals("Stopped Ibuprofen today.", viewModel.messageProperty().get());
    }

    @Test
    void aDeletedMedicineCanBeBroughtBackUntilThePageIsLeft() {
        store().add(new Medicine("Ibuprofen", "", MedicineUse.AS_NEEDED, TODAY, Optional.empty()));
        MedicinesViewModel viewModel = viewModel();

        viewModel.delete(viewModel.medicines().get(0));
        runner.drain();
        assertTrue(viewModel.medicines().isEmpty());
        viewModel.undoDelete();
        runner.drain();
        assertEquals(List.of("Ibuprofen"), names(viewModel.medicines()));

        viewModel.delete(viewModel.medicines().get(0));
        runner.drain();
        viewModel.stop();
        assertNull(viewModel.deletedProperty().get());
    }

    @Test
    void aReadOnlyFileSavesNothingAndSaysWhy() {
        MedicinesViewModel viewModel = new MedicinesViewModel(store(), runner, TempStorage.CLOCK,
                WriteAccess.of(Optional.of("The data file is read-only.")));
        viewModel.add();
        viewModel.draft().nameProperty().set("Ibuprofen");

        viewModel.save();

        assertEquals(0, runner.pending());
        assertTrue(viewModel.errorMessageProperty().get().contains("read-only"));
    }

    @Test
    void aRowSaysNameDoseUseAndDays() {
        assertEquals("Ibuprofen 400 mg · as needed · since " + Formats.day(TODAY),
                MedicinesViewModel.describe(new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED, TODAY,
                        Optional.empty())));
        assertEquals("Naproxen · regular · " + Formats.day(TODAY) + " – " + Formats.day(TODAY.plusDays(3)),
                MedicinesViewModel.describe(new Medicine("Naproxen", "", MedicineUse.REGULAR, TODAY,
                        Optional.of(TODAY.plusDays(3)))));
    }
}
