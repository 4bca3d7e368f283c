package org.unknot.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.RedFlagUrgency;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;

class RedFlagCheckViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();
    private final AtomicInteger done = new AtomicInteger();

    private RedFlagCheckViewModel check(RedFlagReason reason) {
        return new RedFlagCheckViewModel(reason, temp.storage().redFlags(), runner, TempStorage.CLOCK,
                done::incrementAndGet);
    }

    private static void answerAll(RedFlagCheckViewModel check, boolean yes) {
        for (RedFlag flag : RedFlag.values()) {
            check.answer(flag, yes);
        }
    }

    @Test
    void saveWaitsForAnAnswerToEveryQuestion() {
        RedFlagCheckViewModel check = check(RedFlagReason.MONTHLY);
        for (RedFlag flag : RedFlag.values()) {
            assertFalse(check.canSaveProperty().get(), "unanswered before " + flag);
            check.answer(flag, false);
        }
        assertTrue(check.canSaveProperty().get());
        check.save();
        check.save();
        assertEquals(1, runner.pending(), "a second press while saving writes nothing more");
    }

    @Test
    void aYesShowsAtOnceWhatToDoTheMostUrgentFirst() {
        RedFlagCheckViewModel check = check(RedFlagReason.MONTHLY);
        assertEquals(List.of(), check.advice());

        check.answer(RedFlag.NIGHT_PAIN, true);
        assertEquals(1, check.advice().size());
        assertTrue(check.advice().get(0).startsWith(RedFlagUrgency.TODAY.instruction()), check.advice().get(0));
        assertTrue(check.advice().get(0).contains(RedFlag.NIGHT_PAIN.line()));

        check.answer(RedFlag.BLADDER_BOWEL, true);
        assertEquals(2, check.advice().size());
        assertTrue(check.advice().get(0).startsWith(RedFlagUrgency.EMERGENCY.instruction()), check.advice().get(0));
        assertTrue(check.advice().get(0).contains(RedFlag.BLADDER_BOWEL.line()));
        assertFalse(check.advice().get(0).contains(RedFlag.NIGHT_PAIN.line()));

        check.answer(RedFlag.BLADDER_BOWEL, false);
        check.answer(RedFlag.NIGHT_PAIN, false);
        assertEquals(List.of(), check.advice(), "changing a yes to no takes its advice away");
        assertEquals(0, runner.pending(), "nothing is written before Save");
    }

    @Test
    void savingKeepsTheAnswersWithTheirDateAndReasonAndAYesStaysToShowWhatToDo() {
        RedFlagCheckViewModel check = check(RedFlagReason.PAIN_WORSE_STOP);
        answerAll(check, false);
        check.answer(RedFlag.LEG_WEAKNESS, true);

        check.save();
        assertTrue(check.savingProperty().get());
        assertEquals(Optional.empty(), temp.storage().redFlags().lastCheck(), "written off the FX thread, later");
        runner.drain();

        RedFlagCheck stored = temp.storage().redFlags().lastCheck().orElseThrow();
        assertEquals(TempStorage.NOW, stored.answeredAt());
        assertEquals(RedFlagReason.PAIN_WORSE_STOP, stored.reason());
        assertEquals(List.of(RedFlag.LEG_WEAKNESS), stored.yes());
        assertTrue(check.savedProperty().get());
        assertEquals(0, done.get(), "the instruction stays on screen after saving");
        assertTrue(check.advice().get(0).startsWith(RedFlagUrgency.EMERGENCY.instruction()));
        assertFalse(check.canSaveProperty().get(), "saved once");

        check.close();
        assertEquals(1, done.get());
    }

    @Test
    void allNoIsSavedAndReturnsAtOnce() {
        RedFlagCheckViewModel check = check(RedFlagReason.MONTHLY);
        answerAll(check, false);

        check.save();
        runner.drain();

        assertEquals(1, done.get());
        assertEquals(List.of(), temp.storage().redFlags().lastCheck().orElseThrow().yes());
    }

    @Test
    void notNowReturnsWithoutSavingAnything() {
        RedFlagCheckViewModel check = check(RedFlagReason.MONTHLY);
        check.answer(RedFlag.FEVER, true);

        check.close();

        assertEquals(1, done.get());
        assertEquals(0, runner.pending());
        assertEquals(Optional.empty(), temp.storage().redFlags().lastCheck());
    }

    @Test
    void whenTheAnswersCannotBeSavedTheUserStaysAndIsTold() {
        RedFlagCheckViewModel check = check(RedFlagReason.MONTHLY);
        answerAll(check, false);
        temp.storage().close();

        check.save();
        runner.drain();

        assertEquals(0, done.get());
        assertFalse(check.errorMessageProperty().get().isEmpty());
        assertTrue(check.canSaveProperty().get(), "the user can try again");
    }

    @Test
    void theViewListensToListsThatLiveAsLongAsTheViewModel() {
        RedFlagCheckViewModel check = check(RedFlagReason.MONTHLY);
        // An unmodifiable view made per call listens to its list weakly: a listener added to it could be collected.
        assertSame(check.advice(), check.advice());
        assertSame(check.answers(), check.answers());
    }

    @Test
    void theIntroductionSaysWhyTheQuestionsAreAsked() {
        assertTrue(check(RedFlagReason.PAIN_WORSE_STOP).intro().contains("pain got worse"));
        assertTrue(check(RedFlagReason.MONTHLY).intro().contains("month"));
        assertTrue(check(RedFlagReason.WORSENING).intro().contains("getting worse"));
    }
}
