package org.unknot.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

class RedFlagReminderTest {

    private static final Instant MONTH_AGO = TempStorage.NOW.minus(RedFlagCheck.MONTHLY);

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();
    private final List<RedFlagReason> asked = new ArrayList<>();

    private RedFlagReminder reminder(WriteAccess access) {
        return new RedFlagReminder(temp.storage().redFlags(), temp.storage().settings(), runner, TempStorage.CLOCK,
                access, asked::add);
    }

    private void checkedAt(Instant when) {
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag, false);
        }
        temp.storage().redFlags().save(new RedFlagCheck(when, RedFlagReason.PAIN_WORSE_STOP, answers));
    }

    private boolean dueAfterRefresh(RedFlagReminder reminder) {
        reminder.refresh();
        runner.drain();
        return reminder.dueProperty().get();
    }

    @Test
    void offeredThirtyDaysAfterTheSafetyScreenWhenNeverAnswered() {
        temp.storage().settings().acknowledgeSafety(MONTH_AGO.plusSeconds(1));
        assertFalse(dueAfterRefresh(reminder(WriteAccess.WRITABLE)));

        temp.storage().settings().acknowledgeSafety(MONTH_AGO);
        assertTrue(dueAfterRefresh(reminder(WriteAccess.WRITABLE)));
    }

    @Test
    void anyRecentCheckPutsTheOfferOffForAMonth() {
        temp.storage().settings().acknowledgeSafety(MONTH_AGO.minusSeconds(86_400 * 90));
        checkedAt(MONTH_AGO.plusSeconds(1));
        assertFalse(dueAfterRefresh(reminder(WriteAccess.WRITABLE)));

        checkedAt(MONTH_AGO.minusSeconds(1));
        assertFalse(dueAfterRefresh(reminder(WriteAccess.WRITABLE)), "the newest check counts");
    }

    @Test
    void answerNowOpensTheMonthlyQuestionsAndLaterHidesTheOfferUntilNextStart() {
        temp.storage().settings().acknowledgeSafety(MONTH_AGO);
        RedFlagReminder reminder = reminder(WriteAccess.WRITABLE);
        assertTrue(dueAfterRefresh(reminder));

        reminder.answerNow();
        assertEquals(List.of(RedFlagReason.MONTHLY), asked);
        assertFalse(reminder.dueProperty().get());

        assertTrue(dueAfterRefresh(reminder), "not answered: offered again when the pages open again");
        reminder.later();
        assertFalse(reminder.dueProperty().get());
        assertFalse(dueAfterRefresh(reminder));
        assertEquals(0, runner.pending());
    }

    @Test
    void notOfferedWhenTheAnswersCouldNotBeKept() {
        temp.storage().settings().acknowledgeSafety(MONTH_AGO);
        RedFlagReminder reminder = reminder(WriteAccess.of(Optional.of("The data file is read-only.")));

        reminder.refresh();

        assertEquals(0, runner.pending());
        assertFalse(reminder.dueProperty().get());
    }
}
