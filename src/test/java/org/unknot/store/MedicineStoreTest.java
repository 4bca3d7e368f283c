package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;

/** The medicine list in a real data file: each change one transaction, every field kept. */
class MedicineStoreTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private MedicineStore medicines;

    @BeforeEach
    void open() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        medicines = new MedicineStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Medicine ibuprofen() {
        return new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED, NOV_3, Optional.empty());
    }

    @Test
    void anAddedMedicineIsListedWithEveryField() throws SQLException {
        StoredMedicine added = medicines.add(ibuprofen());

        assertEquals(List.of(added), medicines.list());
        assertEquals("Ibuprofen|400 mg|as-needed|2026-11-03|", Fixtures.text(file,
                "SELECT name || '|' || dose || '|' || use || '|' || started_on || '|' || ifnull(stopped_on, '') "
                        + "FROM medicine"));
    }

    @Test
    void currentMedicinesComeBeforeStoppedOnesNewestFirst() {
        StoredMedicine old = medicines.add(new Medicine("Naproxen", "", MedicineUse.REGULAR, NOV_3.minusDays(60),
                Optional.of(NOV_3.minusDays(10))));
        StoredMedicine earlier = medicines.add(new Medicine("Paracetamol", "1 g", MedicineUse.REGULAR,
                NOV_3.minusDays(30), Optional.empty()));
        StoredMedicine newer = medicines.add(ibuprofen());

        assertEquals(List.of(newer, earlier, old), medicines.list());
    }

    @Test
    void aChangeWritesEveryFieldAndAGoneMedicineIsNotChanged() {
        StoredMedicine added = medicines.add(ibuprofen());
        StoredMedicine changed = new StoredMedicine(added.id(), new Medicine("Ibuprofen retard", "800 mg",
                MedicineUse.REGULAR, NOV_3.plusDays(1), Optional.of(NOV_3.plusDays(5))));

        assertTrue(medicines.change(changed));
        assertEquals(List.of(changed), medicines.list());
        assertFalse(medicines.change(new StoredMedicine(added.id() + 1, ibuprofen())));
    }

    @Test
    void stoppingSetsTheDayAndRefusesADayBeforeTheStart() {
        StoredMedicine added = medicines.add(ibuprofen());

        assertFalse(medicines.stop(added.id(), NOV_3.minusDays(1)));
        assertEquals(Optional.empty(), medicines.list().get(0).medicine().stoppedOn());
        assertTrue(medicines.stop(added.id(), NOV_3));
        assertEquals(Optional.of(NOV_3), medicines.list().get(0).medicine().stoppedOn());
    }

    @Test
    void aDeletedMedicineComesBackWithItsId() {
        StoredMedicine added = medicines.add(ibuprofen());

        StoredMedicine deleted = medicines.delete(added.id()).orElseThrow();
        assertEquals(List.of(), medicines.list());
        assertEquals(Optional.empty(), medicines.delete(added.id()));

        assertEquals(added, medicines.restore(deleted));
        assertEquals(List.of(added), medicines.list());
    }

    @Test
    void theCheckInAsksOnlyWhileAnAsNeededMedicineIsCurrent() {
        medicines.add(new Medicine("Paracetamol", "1 g", MedicineUse.REGULAR, NOV_3.minusDays(30), Optional.empty()));
        medicines.add(new Medicine("Ibuprofen", "", MedicineUse.AS_NEEDED, NOV_3, Optional.of(NOV_3.plusDays(2))));

        assertFalse(medicines.asNeededOn(NOV_3.minusDays(1)));
        assertTrue(medicines.asNeededOn(NOV_3));
        assertTrue(medicines.asNeededOn(NOV_3.plusDays(2)));
        assertFalse(medicines.asNeededOn(NOV_3.plusDays(3)));
    }

    @Test
    void theDataFileRefusesAStopBeforeTheStartAndAnEmptyName() {
        assertThrows(SQLException.class, () -> Fixtures.execute(file, "INSERT INTO medicine (name, use, started_on, "
                + "stopped_on) VALUES ('Ibuprofen', 'regular', '2026-11-03', '2026-11-02')"));
        assertThrows(SQLException.class, () -> Fixtures.execute(file,
                "INSERT INTO medicine (name, use, started_on) VALUES ('', 'regular', '2026-11-03')"));
    }
}
