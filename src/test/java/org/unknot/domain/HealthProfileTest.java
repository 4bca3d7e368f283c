package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthProfileTest {

    @Test
    void theIdsAreTheDatabases() {
        assertEquals("raynaud-cold-urticaria", HealthCondition.RAYNAUD_COLD_URTICARIA.id());
        assertEquals("recent-surgery-injury", HealthCondition.RECENT_SURGERY_INJURY.id());
        assertEquals(new HealthProfile(Set.of(HealthCondition.CANCER_TREATED, HealthCondition.RECENT_SURGERY_INJURY),
                        Set.of(Area.LOWER_BACK)),
                HealthProfile.fromIds(List.of("cancer-treated", "recent-surgery-injury"), List.of("lower-back")));
    }

    @Test
    void anAreaThatIsNotAnAreaIsRefusedWithASentence() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> HealthProfile.fromIds(List.of("recent-surgery-injury"), List.of("knee")));
        assertEquals("\"knee\" is not a body area; choose neck, shoulders, upper-back, mid-back, lower-back, "
                + "hips-glutes, thighs, calves or feet.", refused.getMessage());
    }

    @Test
    void anUnknownConditionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HealthProfile.fromIds(List.of("gout"), List.of()));
    }

    @Test
    void anInjuryNeedsItsAreaAndAnAreaNeedsTheInjury() {
        assertEquals("Choose the area of the recent surgery or injury.", assertThrows(IllegalArgumentException.class,
                () -> new HealthProfile(Set.of(HealthCondition.RECENT_SURGERY_INJURY), Set.of())).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new HealthProfile(Set.of(HealthCondition.PREGNANCY), Set.of(Area.NECK)));
    }

    @Test
    void describesItselfForTheReport() {
        assertEquals("none given", HealthProfile.NONE.describe());
        assertEquals("Raynaud's or cold urticaria; Recent surgery or injury (neck, lower back)",
                new HealthProfile(Set.of(HealthCondition.RECENT_SURGERY_INJURY, HealthCondition.RAYNAUD_COLD_URTICARIA),
                        Set.of(Area.LOWER_BACK, Area.NECK)).describe());
    }
}
