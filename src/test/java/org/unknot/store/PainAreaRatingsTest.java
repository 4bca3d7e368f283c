package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainAreas;
import org.unknot.domain.PainAreas.AreaCount;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;

/**
 * Where it hurt most often, read from the data file: the areas of the period's check-ins and of the ratings after its
 * sessions, out of those that said where — never the ratings before a session, a session still in progress, or
 * anything outside the period.
 */
class PainAreaRatingsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
    private static final Routine ROUTINE = new Routine("Low back", "", PerformedBy.SELF,
            List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60)));

    @TempDir
    Path folder;

    private Storage storage;

    @BeforeEach
    void open() {
        storage = Storage.open(new DataFolder(folder), Clock.system(ZONE), List::of);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private void checkIn(int day, Set<Area> areas) {
        LocalDate date = FIRST.plusDays(day);
        storage.pain().checkIn(date, new PainEntry(PainKind.CHECK_IN, date.atTime(20, 0).atZone(ZONE).toInstant(),
                new PainScore(5), areas, ""));
    }

    private long session(int day, Set<Area> before, Set<Area> after, boolean finished) {
        Instant start = FIRST.plusDays(day).atTime(8, 0).atZone(ZONE).toInstant();
        long id = storage.sessions().start(Optional.empty(), ROUTINE, start);
        storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, start, new PainScore(6), before, ""));
        storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, start.plusSeconds(90), new PainScore(4), after,
                ""));
        if (finished) {
            storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), start.plusSeconds(80));
        }
        return id;
    }

    private PainAreas areas(int fromDay, int toDay) {
        HistoryFilter filter = new HistoryFilter(Optional.of(FIRST.plusDays(fromDay).atStartOfDay(ZONE).toInstant()),
                Optional.of(FIRST.plusDays(toDay + 1).atStartOfDay(ZONE).toInstant()), Optional.empty(), Set.of(),
                Optional.empty());
        return storage.sessions().insights(filter, ZONE).painAreas();
    }

    @Test
    void checkInsAndRatingsAfterSessionsCountOutOfThoseThatSaidWhere() {
        checkIn(1, Set.of(Area.LOWER_BACK, Area.NECK));
        checkIn(2, Set.of(Area.LOWER_BACK));
        checkIn(3, Set.of());
        session(2, Set.of(Area.THIGHS), Set.of(Area.CALVES, Area.LOWER_BACK), true);
        session(4, Set.of(), Set.of(), true);

        PainAreas areas = areas(0, 10);

        assertEquals(List.of(new AreaCount(Area.LOWER_BACK, 3), new AreaCount(Area.NECK, 1),
                new AreaCount(Area.CALVES, 1)), areas.ranked(), "the thighs were only said before a session");
        assertEquals(3, areas.ratings());
    }

    @Test
    void onlyThePeriodsCheckInsAndFinishedSessionsCount() {
        checkIn(0, Set.of(Area.FEET));
        checkIn(5, Set.of(Area.NECK));
        session(1, Set.of(), Set.of(Area.SHOULDERS), true);
        session(5, Set.of(), Set.of(Area.NECK, Area.HIPS_GLUTES), true);
        session(6, Set.of(), Set.of(Area.MID_BACK), false);

        PainAreas areas = areas(3, 6);

        assertEquals(List.of(new AreaCount(Area.NECK, 2), new AreaCount(Area.HIPS_GLUTES, 1)), areas.ranked());
        assertEquals(2, areas.ratings());
        assertEquals(4, areas(0, 5).ratings(), "a wider period takes in the feet and the shoulders");
    }

    @Test
    void theInsightsSayItInASentence() {
        checkIn(1, Set.of(Area.LOWER_BACK));
        session(1, Set.of(), Set.of(Area.LOWER_BACK, Area.HIPS_GLUTES), true);

        List<String> sentences = storage.sessions().insights(HistoryFilter.all(), ZONE).sentences();

        assertTrue(sentences.contains("Where it hurt most often: lower back in 2 of 2 ratings that said where (daily"
                + " check-ins and after sessions), hips and glutes in 1."), sentences.toString());
    }
}
