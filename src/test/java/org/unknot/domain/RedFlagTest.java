package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one list of red flags, and what a check's answers mean. */
class RedFlagTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Map<RedFlag, Boolean> answers(RedFlag... yes) {
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag, List.of(yes).contains(flag));
        }
        return answers;
    }

    @Test
    void everyFlagAsksOneDistinctYesNoQuestionAndHasALineForTheSafetyScreen() {
        Set<String> questions = new HashSet<>();
        for (RedFlag flag : RedFlag.values()) {
            assertTrue(flag.question().endsWith("?"), flag + ": " + flag.question());
            assertTrue(questions.add(flag.question()), "asked twice: " + flag.question());
            assertFalse(flag.line().isBlank(), flag.name());
            assertFalse(flag.line().endsWith("."), "the line continues a sentence: " + flag.line());
        }
    }

    @Test
    void caudaEquinaSignsAndWorseningWeaknessMeanEmergencyTheOthersADoctorToday() {
        EnumSet<RedFlag> emergency = EnumSet.noneOf(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            if (flag.urgency() == RedFlagUrgency.EMERGENCY) {
                emergency.add(flag);
            }
        }
        assertEquals(EnumSet.of(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL, RedFlag.LEG_WEAKNESS), emergency);
        assertEquals(RedFlagUrgency.TODAY, RedFlag.NIGHT_PAIN.urgency());
        assertTrue(RedFlagUrgency.EMERGENCY.instruction().contains("emergency"));
        assertTrue(RedFlagUrgency.TODAY.instruction().contains("today"));
        assertTrue(RedFlag.SOURCE.contains("NG59") && RedFlag.SOURCE.contains("Finucane"));
    }

    @Test
    void theMostUrgentYesDecidesWhatToDo() {
        assertEquals(Optional.empty(), new RedFlagCheck(NOW, RedFlagReason.MONTHLY, answers()).urgency());
        assertEquals(Optional.of(RedFlagUrgency.TODAY),
                new RedFlagCheck(NOW, RedFlagReason.MONTHLY, answers(RedFlag.FEVER)).urgency());
        RedFlagCheck both = new RedFlagCheck(NOW, RedFlagReason.MONTHLY,
                answers(RedFlag.WEIGHT_LOSS, RedFlag.BLADDER_BOWEL));
        assertEquals(Optional.of(RedFlagUrgency.EMERGENCY), both.urgency());
        assertEquals(List.of(RedFlag.BLADDER_BOWEL, RedFlag.WEIGHT_LOSS), both.yes());
    }

    @Test
    void aCheckNeedsAnAnswerToEveryFlag() {
        Map<RedFlag, Boolean> missing = answers();
        missing.remove(RedFlag.FALL);
        assertThrows(IllegalArgumentException.class, () -> new RedFlagCheck(NOW, RedFlagReason.MONTHLY, missing));
    }

    @Test
    void theMonthlyCheckIsDueThirtyDaysAfterTheLastOneOrElseTheSafetyAcknowledgement() {
        Instant justUnder = NOW.minus(RedFlagCheck.MONTHLY).plusSeconds(1);
        Instant exactly = NOW.minus(RedFlagCheck.MONTHLY);
        assertFalse(RedFlagCheck.monthlyDue(Optional.of(justUnder), Optional.empty(), NOW));
        assertTrue(RedFlagCheck.monthlyDue(Optional.of(exactly), Optional.empty(), NOW));
        assertFalse(RedFlagCheck.monthlyDue(Optional.empty(), Optional.of(justUnder), NOW));
        assertTrue(RedFlagCheck.monthlyDue(Optional.empty(), Optional.of(exactly), NOW));
        assertFalse(RedFlagCheck.monthlyDue(Optional.of(justUnder), Optional.of(exactly), NOW),
                "a recent check counts, not the old acknowledgement");
        assertFalse(RedFlagCheck.monthlyDue(Optional.empty(), Optional.empty(), NOW),
                "before the safety screen is acknowledged it is the safety screen that shows");
    }
}
