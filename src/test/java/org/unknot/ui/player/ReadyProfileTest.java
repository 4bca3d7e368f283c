package org.unknot.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRule;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.safety.RedFlagPrompt;

/** The ready screen's findings follow the health profile the player was opened with. */
class ReadyProfileTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final Routine CALVES_AND_FEET = new Routine("Calves and feet", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20), Step.of(Tool.COLD_BALL, Area.FEET, 30)));

    private PlayerViewModel player(HealthProfile profile) {
        long id = temp.storage().routines().add(CALVES_AND_FEET);
        return new PlayerViewModel(new StoredRoutine(id, CALVES_AND_FEET), temp.storage().sessions(),
                temp.storage().pain(), new QueuedRunner(), new RecordingCues(), PlayerSettings.DEFAULTS,
                new FakeClock(), TempStorage.CLOCK, new ScriptedDialogs(), () -> { }, RedFlagPrompt.NONE, profile);
    }

    @Test
    void withNumbFeetTheColdOnTheFeetBlocksStartingAndSaysWhere() {
        PlayerViewModel player = player(new HealthProfile(Set.of(HealthCondition.DIABETES_NUMB_FEET), Set.of()));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_COLD_FEET, 1)), player.findings());
        assertFalse(player.canStart());
        assertEquals("This routine cannot start. Step 2: " + SafetyRule.PROFILE_COLD_FEET.message()
                + " Change the step in the editor, or your health profile in Settings.", player.blockedReason());
    }

    @Test
    void withoutTheConditionItStarts() {
        PlayerViewModel player = player(new HealthProfile(Set.of(HealthCondition.OSTEOPOROSIS), Set.of()));
        assertEquals(List.of(), player.findings());
        assertTrue(player.canStart());
    }

    @Test
    void varicoseVeinsWarnOnTheCalvesButLetItStart() {
        PlayerViewModel player = player(new HealthProfile(Set.of(HealthCondition.VARICOSE_VEINS), Set.of()));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_VARICOSE, 0)), player.findings());
        assertTrue(player.canStart());
    }
}
