package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRule;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;

class HealthProfileStoreTest {

    @TempDir
    Path dir;
    private Database database;
    private HealthProfileStore store;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("unknot.db"));
        store = new HealthProfileStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewFileHasAnEmptyProfileNotYetOffered() {
        assertEquals(HealthProfile.NONE, store.read());
        assertFalse(store.offered());
    }

    @Test
    void theWholeProfileIsSavedAndReadBack() {
        HealthProfile profile = new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA,
                HealthCondition.RECENT_SURGERY_INJURY), Set.of(Area.SHOULDERS, Area.FEET));
        store.save(profile);
        assertEquals(profile, store.read());
        assertTrue(store.offered());
    }

    @Test
    void savingReplacesTheProfileAndRemovingAConditionClearsIt() {
        store.save(new HealthProfile(Set.of(HealthCondition.RECENT_SURGERY_INJURY, HealthCondition.PREGNANCY),
                Set.of(Area.NECK)));
        HealthProfile fewer = new HealthProfile(Set.of(HealthCondition.PREGNANCY), Set.of());
        store.save(fewer);
        assertEquals(fewer, store.read());
        store.save(HealthProfile.NONE);
        assertEquals(HealthProfile.NONE, store.read());
    }

    @Test
    void skippingTheOfferKeepsTheProfileAndIsRemembered() {
        store.skipOffer();
        assertTrue(store.offered());
        assertEquals(HealthProfile.NONE, store.read());
    }

    @Test
    void theDatabaseRefusesAnAreaThatIsNotAnArea() throws SQLException {
        try (Connection raw = Fixtures.rawConnection(dir.resolve("unknot.db"));
             Statement statement = raw.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO injury_area (area) VALUES ('knee')"));
        }
    }

    @Test
    void theLibraryMarksOnlyTheRoutinesTheProfileMakesUnsafe() {
        RoutineStore routines = new RoutineStore(database, Fixtures.CLOCK);
        long cold = routines.add(new Routine("Cold", "", PerformedBy.SELF,
                List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60), Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 60))));
        routines.add(Fixtures.simpleRoutine("Roller", 60));
        UnsafeRoutines unsafe = new UnsafeRoutines(database);
        assertEquals(Map.of(), unsafe.find());

        store.save(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA), Set.of()));
        assertEquals(Map.of(cold, new SafetyFinding(SafetyRule.PROFILE_COLD, 1)), unsafe.find());

        store.save(HealthProfile.NONE);
        assertEquals(Map.of(), unsafe.find());
    }
}
