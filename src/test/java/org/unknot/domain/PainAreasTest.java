package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where it hurt most often: the counts out of the ratings that said where, and nothing more. */
class PainAreasTest {

    private static Map<Set<Area>, Integer> ratings(Object... setsAndCounts) {
        Map<Set<Area>, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < setsAndCounts.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<Area> areas = (Set<Area>) setsAndCounts[i];
            ratings.put(areas, (Integer) setsAndCounts[i + 1]);
        }
        return ratings;
    }

    @Test
    void aRatingNamingTwoAreasCountsForEachAndOnceInTheTotal() {
        PainAreas areas = PainAreas.count(ratings(Set.of(Area.LOWER_BACK, Area.NECK), 3, Set.of(Area.LOWER_BACK), 2));

        assertEquals(List.of(new PainAreas.AreaCount(Area.LOWER_BACK, 5), new PainAreas.AreaCount(Area.NECK, 3)),
                areas.ranked());
        assertEquals(5, areas.ratings());
    }

    @Test
    void ratingsThatNamedNoAreaAreLeftOutOfTheTotal() {
        PainAreas areas = PainAreas.count(ratings(Set.of(), 30, Set.of(Area.FEET), 1));

        assertEquals(1, areas.ratings());
        assertEquals(List.of(new PainAreas.AreaCount(Area.FEET, 1)), areas.ranked());
    }

    @Test
    void mostOftenFirstAndTiesInTheAreasOrderFromHeadToFeet() {
        PainAreas areas = PainAreas.count(ratings(Set.of(Area.FEET), 2, Set.of(Area.NECK), 2,
                Set.of(Area.HIPS_GLUTES), 4, Set.of(Area.CALVES), 1));

        assertEquals(List.of(Area.HIPS_GLUTES, Area.NECK, Area.FEET, Area.CALVES),
                areas.ranked().stream().map(PainAreas.AreaCount::area).toList());
        assertEquals(9, areas.ratings());
    }

    @Test
    void noRatingThatSaidWhereGivesNoAreasAndNoSentence() {
        PainAreas areas = PainAreas.count(ratings(Set.of(), 12));

        assertEquals(PainAreas.NONE, areas);
        assertEquals(Optional.empty(), areas.sentence());
        assertEquals(PainAreas.NONE, PainAreas.count(Map.of()));
    }

    @Test
    void theSentenceNamesTheThreeMostOftenWithTheirCountsOutOfTheTotal() {
        PainAreas areas = PainAreas.count(ratings(Set.of(Area.LOWER_BACK, Area.HIPS_GLUTES), 12,
                Set.of(Area.LOWER_BACK), 11, Set.of(Area.NECK), 5, Set.of(Area.FEET), 2, Set.of(), 9));

        assertEquals(Optional.of("Where it hurt most often: lower back in 23 of 30 ratings that said where (daily"
                + " check-ins and after sessions), hips and glutes in 12, neck in 5."), areas.sentence());
    }

    @Test
    void oneRatingIsOneRating() {
        String sentence = PainAreas.count(ratings(Set.of(Area.THIGHS), 1)).sentence().orElseThrow();

        assertTrue(sentence.contains("thighs in 1 of 1 rating that said where"), sentence);
    }
}
