package org.unknot.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyRule;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** The editor's safety findings follow the health profile it was opened with. */
class EditorProfileTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final Routine COLD_BACK = new Routine("Cold back", "", PerformedBy.SELF, List.of(
            Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60), Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300)));

    private EditorViewModel editor(HealthProfile profile) {
        long id = temp.storage().routines().add(COLD_BACK);
        return new EditorViewModel(Optional.of(new StoredRoutine(id, COLD_BACK)), temp.storage().routines(),
                new QueuedRunner(), new ScriptedDialogs(), closed -> { }, profile);
    }

    @Test
    void withRaynaudsTheColdStepShowsAnErrorWithItsSourceAndSavingIsBlocked() {
        EditorViewModel editor = editor(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA), Set.of()));
        editor.setName("Cold back, renamed");

        List<StepMessage> messages = editor.stepMessages(1);
        assertEquals(List.of(new StepMessage("Step 2: " + SafetyRule.PROFILE_COLD.message(),
                "Source: " + SafetyRule.PROFILE_COLD.source(), true)), messages);
        assertEquals("Step 2: " + SafetyRule.PROFILE_COLD.message(), editor.blockedReasonProperty().get());
        assertFalse(editor.canSaveProperty().get());

        editor.selectStep(1);
        editor.deleteStep();
        assertEquals("", editor.blockedReasonProperty().get());
        assertTrue(editor.canSaveProperty().get());
    }

    @Test
    void withoutTheProfileTheSameRoutineHasNoFinding() {
        EditorViewModel editor = editor(HealthProfile.NONE);
        assertEquals(List.of(), editor.stepMessages(1));
        assertEquals("", editor.profileNoteProperty().get());
    }

    @Test
    void pregnancyShowsOneNoteForTheRoutineWithItsSourceAndDoesNotBlock() {
        EditorViewModel editor = editor(new HealthProfile(Set.of(HealthCondition.PREGNANCY), Set.of()));
        editor.setName("Cold back, renamed");
        assertEquals(SafetyRule.PROFILE_PREGNANCY.message() + " Source: " + SafetyRule.PROFILE_PREGNANCY.source()
                + ".", editor.profileNoteProperty().get());
        assertTrue(editor.canSaveProperty().get());
        assertEquals(List.of(), editor.stepMessages(0));
    }
}
