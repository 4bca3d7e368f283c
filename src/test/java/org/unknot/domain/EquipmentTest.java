package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquipmentTest {

    @Test
    void everyToolBringsItsItemsAndAMatInToolOrder() {
        Routine routine = new Routine("All", "", PerformedBy.SELF, List.of(
                Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60).withLevel(2),
                Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60).withLevel(4),
                Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60),
                Step.of(Tool.COLD_BALL, Area.FEET, 60)));

        assertEquals(List.of(
                "Cold ball: into the freezer at least 2 hours before.",
                "A thin towel to wrap the cold ball.",
                "Foam roller: a firm one about 15 cm across; a softer one if rolling hurts.",
                "Handheld massager, charged, with a soft head; speeds up to level 4.",
                "A mat or a carpet to lie on."), Equipment.checklist(routine));
    }

    @Test
    void anyColdBallStepBringsTheTowelAsStandard() {
        Routine routine = new Routine("Cold", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.CALVES, 30)));

        assertEquals(List.of("Cold ball: into the freezer at least 2 hours before.", "A thin towel to wrap the cold ball.",
                "A mat or a carpet to lie on."), Equipment.checklist(routine));
    }

    @Test
    void aMassagerWithoutLevelsNeedsTheLowestSpeed() {
        Routine routine = new Routine("Massager", "", PerformedBy.SELF,
                List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60)));

        assertEquals(List.of("Handheld massager, charged, with a soft head; speeds up to level 1.",
                "A mat or a carpet to lie on."), Equipment.checklist(routine));
    }

    @Test
    void onlyMassagerStepsSayHowFastTheMassagerMustGo() {
        // a level on another tool is a problem for the validator, not a speed the massager needs
        Routine routine = new Routine("Massager", "", PerformedBy.SELF, List.of(
                Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60).withLevel(2),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60).withLevel(5)));

        assertEquals("Handheld massager, charged, with a soft head; speeds up to level 2.",
                Equipment.checklist(routine).get(1));
    }

    @Test
    void restsNeedNothingButAPartnerRoutineNeedsTheHelper() {
        assertEquals(List.of(), Equipment.checklist(new Routine("Rest", "", PerformedBy.SELF,
                List.of(Step.rest(30, "")))));
        assertEquals(List.of("Your helper, who reads the cues from the screen."), Equipment.checklist(
                new Routine("Rest", "", PerformedBy.PARTNER, List.of(Step.rest(30, "")))));
    }
}
