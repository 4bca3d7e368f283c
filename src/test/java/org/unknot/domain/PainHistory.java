package org.unknot.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pain history built for a test: sessions and check-ins on days counted from a Monday, read in UTC. */
final class PainHistory {

    /** A Monday. */
    static final LocalDate DAY_0 = LocalDate.of(2026, 1, 5);
    static final ZoneId UTC = ZoneOffset.UTC;

    final List<SessionRecord> sessions = new ArrayList<>();
    final List<DailyPain> checkIns = new ArrayList<>();

    /** A completed session on that day, rated when the scores are not null, using those tools. */
    PainHistory session(int day, String routine, Integer before, Integer after, Tool... tools) {
        return add(day, routine, SessionStatus.COMPLETED, Optional.empty(), before, after, tools);
    }

    PainHistory stopped(int day, String routine, StopReason reason, Integer before, Integer after) {
        return add(day, routine, SessionStatus.STOPPED, Optional.of(reason), before, after);
    }

    PainHistory add(int day, String routine, SessionStatus status, Optional<StopReason> reason, Integer before,
                    Integer after, Tool... tools) {
        sessions.add(new SessionRecord(sessions.size() + 1, Optional.empty(), routine, PerformedBy.SELF,
                DAY_0.plusDays(day).atTime(18, 0).toInstant(ZoneOffset.UTC), Optional.empty(), status, reason, 600,
                600, Optional.ofNullable(before).map(PainScore::new), Optional.ofNullable(after).map(PainScore::new),
                "", Worked.of(tools)));
        return this;
    }

    PainHistory checkIn(int day, int score) {
        checkIns.add(new DailyPain(DAY_0.plusDays(day), new PainScore(score)));
        return this;
    }

    /** The same rated session {@code times} times, one a day from {@code firstDay}. */
    PainHistory daily(int firstDay, int times, String routine, int before, int after, Tool... tools) {
        for (int i = 0; i < times; i++) {
            session(firstDay + i, routine, before, after, tools);
        }
        return this;
    }

    InsightReport report() {
        return Insights.of(sessions, checkIns, UTC);
    }

    List<String> sentences() {
        return report().sentences();
    }
}
