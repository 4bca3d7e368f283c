package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unknot.domain.Area;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainMeasure;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grouped queries give the insights that the same sessions and check-ins give when read one by one — over a
 * history that crosses the end of summer time, with sessions just before and after local midnight, sessions stopped
 * before their cold-ball step, interrupted ones and one still in progress, and with each kind of filter.
 */
class StoredHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2026, 8, 20);
    private static final int DAYS = 120;
    private static final List<Routine> ROUTINES = List.of(
            new Routine("Massager then cold", "", PerformedBy.SELF, List.of(
                    Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60), Step.rest(20, ""),
                    Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300))),
            new Routine("Roller", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 120),
                    Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 90))),
            new Routine("Partner", "", PerformedBy.PARTNER, List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60))));

    @TempDir
    Path folder;

    private Storage storage;

    @BeforeEach
    void open() {
        storage = Storage.open(new DataFolder(folder), Clock.system(BERLIN), List::of);
    }

    /** Check-ins on some of days {@code checkInsFrom} to {@code checkInsTo}, sessions on days {@code sessionsFrom} on. */
    private void history(int checkInsFrom, int checkInsTo, int sessionsFrom) {
        SplittableRandom random = new SplittableRandom(7);
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST.plusDays(day);
            if (day >= checkInsFrom && day <= checkInsTo && random.nextInt(10) < 6) {
                storage.pain().checkIn(date, new PainEntry(PainKind.CHECK_IN, date.atTime(21, 0).atZone(BERLIN)
                        .toInstant(), new PainScore(2 + random.nextInt(7)), Set.of(), ""));
            }
            int sessions = day >= sessionsFrom ? random.nextInt(3) : 0;
            for (int i = 0; i < sessions; i++) {
                // Some just before or just after local midnight, where the UTC date differs.
                LocalTime time = List.of(LocalTime.of(0, 20), LocalTime.of(7, 0), LocalTime.of(18, 30),
                        LocalTime.of(23, 40)).get(random.nextInt(4));
                session(date.atTime(time).atZone(BERLIN).toInstant(), ROUTINES.get(random.nextInt(3)), random);
            }
        }
        storage.sessions().markInterrupted();
        storage.sessions().start(Optional.empty(), ROUTINES.get(0), FIRST.plusDays(DAYS).atStartOfDay(BERLIN)
                .toInstant());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private void session(Instant start, Routine routine, SplittableRandom random) {
        long id = storage.sessions().start(Optional.empty(), routine, start);
        int kind = random.nextInt(10);
        int steps = routine.steps().size();
        int ran = kind < 7 ? steps : random.nextInt(steps);
        for (int i = 0; i < ran; i++) {
            storage.sessions().recordStep(id, i, StepOutcome.COMPLETED, routine.steps().get(i).plannedSeconds(), 0);
        }
        if (kind < 7) {
            storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), start.plusSeconds(600));
        } else if (kind < 9) {
            storage.sessions().recordStep(id, ran, StepOutcome.CUT_SHORT, random.nextInt(2), 0);
            storage.sessions().finish(id, SessionStatus.STOPPED,
                    Optional.of(StopReason.values()[random.nextInt(StopReason.values().length)]), start.plusSeconds(60));
        }
        // else left in progress, as a crash leaves it, and marked interrupted once the history is written
        int before = 3 + random.nextInt(6);
        if (random.nextInt(5) > 0) {
            storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, start, new PainScore(before), Set.of(), ""));
            if (random.nextInt(4) > 0) {
                int after = Math.max(0, Math.min(10, before - 3 + random.nextInt(5)));
                storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, start, new PainScore(after), Set.of(), ""));
            }
        }
    }

    private static HistoryFilter filter(int kind) {
        Optional<Instant> from = Optional.of(FIRST.plusDays(30).atStartOfDay(BERLIN).toInstant());
        Optional<Instant> to = Optional.of(FIRST.plusDays(100).atStartOfDay(BERLIN).toInstant());
        return switch (kind) {
            case 0 -> HistoryFilter.all();
            case 1 -> new HistoryFilter(from, to, Optional.empty(), Set.of(), Optional.empty());
            case 2 -> new HistoryFilter(from, Optional.empty(), Optional.of("roller"), Set.of(),
                    Optional.empty());
            case 3 -> new HistoryFilter(Optional.empty(), to, Optional.empty(), Set.of(Tool.COLD_BALL),
                    Optional.empty());
            default -> new HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                    Optional.of(SessionStatus.STOPPED));
        };
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void groupedQueriesGiveTheInsightsOfTheSessionsReadOneByOne(int kind) {
        history(0, DAYS, 0);
        assertSameInsights(filter(kind));
        assertTrue(storage.sessions().insights(filter(kind), BERLIN).sessions() > 5, "a history worth comparing");
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(ints = {0, 1})
    void withoutCheckInsTheTrendReadsPainBeforeSessionsTheSameWay(int kind) {
        history(DAYS, DAYS, 0);
        assertSameInsights(filter(kind));
        assertEquals(PainMeasure.PAIN_BEFORE, storage.sessions().insights(filter(kind), BERLIN).trend().orElseThrow()
                .measure());
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(ints = {0, 1})
    void checkInsBeforeAndAfterTheSessionsOrWithoutAnyAreReadTheSameWay(int kind) {
        history(0, DAYS, 40);
        assertSameInsights(filter(kind));
        storage.close();
        storage = Storage.open(new DataFolder(folder.resolve("check-ins only")), Clock.system(BERLIN), List::of);
        history(0, 60, DAYS);
        assertSameInsights(filter(kind));
        assertEquals(0, storage.sessions().insights(filter(kind), BERLIN).sessions());
    }

    private void assertSameInsights(HistoryFilter filter) {
        List<SessionRecord> sessions = new ArrayList<>();
        storage.sessions().forEachOldestFirst(filter, sessions::add);
        LocalDate first = filter.from().map(from -> from.atZone(BERLIN).toLocalDate()).orElse(LocalDate.of(1, 1, 1));
        LocalDate last = filter.toExclusive().map(to -> to.minusNanos(1).atZone(BERLIN).toLocalDate())
                .orElse(LocalDate.of(9999, 12, 31));

        InsightReport expected = Insights.of(sessions, storage.pain().checkIns(first, last), BERLIN);
        assertEquals(expected, storage.sessions().insights(filter, BERLIN));
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(ints = {0})
    void theWholeHistoryHasATrendDaysToCompareAndToolsCreditedOnlyWhenUsed(int kind) {
        history(0, DAYS, 0);
        InsightReport report = storage.sessions().insights(filter(kind), BERLIN);

        assertTrue(report.trend().isPresent());
        assertTrue(report.days().isPresent());
        int massager = report.byTool().stream().filter(r -> r.key().equals("handheld-massager")).findFirst()
                .orElseThrow().sessions();
        int cold = report.byTool().stream().filter(r -> r.key().equals("cold-ball")).findFirst().orElseThrow()
                .sessions();
        assertTrue(cold < massager, cold + " cold-ball sessions, " + massager + " with the massager");
    }
}
