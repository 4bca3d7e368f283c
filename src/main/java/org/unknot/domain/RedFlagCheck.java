package org.unknot.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One time the red-flag questions were answered: when, why, and a yes or no for each flag. */
public record RedFlagCheck(Instant answeredAt, RedFlagReason reason, Map<RedFlag, Boolean> answers) {

    /** The questions come back when the last check (or the safety acknowledgement) is this old. */
    public static final Duration MONTHLY = Duration.ofDays(30);

    public RedFlagCheck {
        if (!answers.keySet().containsAll(List.of(RedFlag.values()))) {
            throw new IllegalArgumentException("Every red flag needs an answer");
        }
        answers = Collections.unmodifiableMap(new EnumMap<>(answers));
    }

    /** The flags answered "yes", in list order. */
    public List<RedFlag> yes() {
        List<RedFlag> yes = new ArrayList<>();
        answers.forEach((flag, answer) -> {
            if (answer) {
                yes.add(flag);
            }
        });
        return yes;
    }

    /** The most urgent instruction the "yes" answers call for; empty when every answer is no. */
    public Optional<RedFlagUrgency> urgency() {
        return mostUrgent(yes());
    }

    public static Optional<RedFlagUrgency> mostUrgent(List<RedFlag> flags) {
        return flags.stream().map(RedFlag::urgency).min(Enum::compareTo);
    }

    /** Whether the monthly check is due at {@code now}, given the last check or else the safety acknowledgement. */
    public static boolean monthlyDue(Optional<Instant> lastCheck, Optional<Instant> acknowledged, Instant now) {
        return lastCheck.or(() -> acknowledged)
                .map(since -> !since.plus(MONTHLY).isAfter(now))
                .orElse(false);
    }
}
