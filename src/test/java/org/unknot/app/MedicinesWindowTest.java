package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;
import org.unknot.store.MedicineStore;
import org.unknot.store.StoredMedicine;
import org.unknot.ui.common.Formats;

/**
 * Medicines in the real window, with the app's background thread: list one in Settings (refused first without a name
 * and with a stop before its start), answer the check-in's as-needed question in History, then stop, delete and undo.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MedicinesWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> storage.settings().acknowledgeSafety(AppWindow.NOW)).start(stage);
    }

    private static boolean marked(Node field) {
        return Decorator.getDecorations(field) != null && !Decorator.getDecorations(field).isEmpty();
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    private List<Medicine> listed() {
        return window.read(storage -> new MedicineStore(storage.database()).list().stream()
                .map(StoredMedicine::medicine).toList());
    }

    private Optional<AsNeededAnswer> todaysAnswer() {
        return window.read(storage -> {
            List<CheckInRecord> read = new ArrayList<>();
            storage.pain().forEachCheckIn(Optional.of(TODAY), Optional.of(TODAY), read::add);
            return read.get(0).asNeeded();
        });
    }

    @Test
    void aMedicineIsListedAskedAboutAtTheCheckInStoppedDeletedAndBroughtBack(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#navSettings").tryQuery().isPresent());
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#noMedicines").tryQuery().isPresent());

        // refused without a name, and with a stop before the start: a sentence at each field, nothing saved
        fire(robot, "#addMedicineButton");
        Node name = robot.lookup("#medicineName").query();
        DatePicker stop = robot.lookup("#medicineStop").queryAs(DatePicker.class);
        assertEquals("2026-11-22", robot.lookup("#medicineStart").queryAs(DatePicker.class).getEditor().getText());
        fire(robot, "#saveMedicineButton");
        Waits.until(() -> marked(name));
        assertEquals("Give the medicine a name.", text(robot, "#medicineProblem"));
        robot.interact(() -> {
            robot.lookup("#medicineName").queryTextInputControl().setText("Ibuprofen");
            robot.lookup("#medicineDose").queryTextInputControl().setText("400 mg");
            stop.getEditor().setText("2026-11-01");
        });
        robot.interact(() -> robot.lookup("#medicineUse-as-needed").queryAs(javafx.scene.control.RadioButton.class)
                .fire());
        fire(robot, "#saveMedicineButton");
        Waits.until(() -> marked(stop) && !marked(name));
        assertEquals("The stop date is before the start date; choose the start date or a later day.",
                stop.getAccessibleHelp());
        assertTrue(listed().isEmpty());

        robot.interact(() -> stop.getEditor().setText(""));
        fire(robot, "#saveMedicineButton");
        Waits.until(() -> text(robot, "#medicine-0").startsWith("Ibuprofen 400 mg"));
        assertEquals("Ibuprofen 400 mg · as needed · since " + Formats.day(TODAY), text(robot, "#medicine-0"));
        assertFalse(robot.lookup("#medicineForm").query().isVisible());
        assertEquals(List.of(new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED, TODAY, Optional.empty())),
                listed());

        // today's check-in asks, and saves the answer with the pain
        robot.clickOn("#navHistory");
        Waits.until(() -> robot.lookup("#checkInCard").tryQuery().isPresent());
        robot.clickOn("#checkInCard");
        Waits.until(() -> robot.lookup("#checkInAsNeeded-question").query().isVisible());
        robot.clickOn("#checkIn-6");
        robot.clickOn("#checkInAsNeeded-yes");
        robot.clickOn("#saveCheckInButton");
        Waits.until(() -> text(robot, "#checkInStatus").startsWith("Saved today's check-in"));
        assertEquals(Optional.of(AsNeededAnswer.YES), todaysAnswer());

        // stopped today; deleted, and brought back with Undo
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#stopMedicine-0").tryQuery().isPresent());
        fire(robot, "#stopMedicine-0");
        Waits.until(() -> text(robot, "#medicine-0").endsWith(Formats.day(TODAY) + " – " + Formats.day(TODAY)));
        assertEquals(Optional.of(TODAY), listed().get(0).stoppedOn());
        fire(robot, "#deleteMedicine-0");
        Waits.until(() -> robot.lookup("#noMedicines").tryQuery().isPresent()
                && robot.lookup("#undoMedicineDeleteButton").query().isVisible());
        assertTrue(listed().isEmpty());
        fire(robot, "#undoMedicineDeleteButton");
        Waits.until(() -> text(robot, "#medicine-0").startsWith("Ibuprofen"));
        assertEquals(1, listed().size());
    }
}
