package org.unknot.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where it hurt most often in a period: of the pain ratings that said where it hurt (daily check-ins and ratings after
 * a session), how many named each area, most often first. A rating that named no area is not counted: it says
 * nothing about where. Only the counts; nothing is claimed beyond them.
 *
 * @param ranked  the areas named at least once, most often first (ties in the areas' order, head to feet)
 * @param ratings how many ratings named at least one area: what each count is out of
 */
public record PainAreas(List<AreaCount> ranked, int ratings) {

    public static final PainAreas NONE = new PainAreas(List.of(), 0);
    /** The sentence names this many areas; the figure and the JSON have them all. */
    static final int IN_SENTENCE = 3;

    /** How many of the ratings named this area. */
    public record AreaCount(Area area, int count) {
    }

    public PainAreas {
        ranked = List.copyOf(ranked);
    }

    /** Counts areas from how many ratings named each set of areas; ratings that named none are left out. */
    public static PainAreas count(Map<Set<Area>, Integer> ratingsBySet) {
        Map<Area, Integer> counts = new EnumMap<>(Area.class);
        int ratings = 0;
        for (Map.Entry<Set<Area>, Integer> named : ratingsBySet.entrySet()) {
            if (!named.getKey().isEmpty() && named.getValue() > 0) {
                ratings += named.getValue();
                named.getKey().forEach(area -> counts.merge(area, named.getValue(), Integer::sum));
            }
        }
        List<AreaCount> ranked = new ArrayList<>();
        counts.forEach((area, count) -> ranked.add(new AreaCount(area, count)));
        ranked.sort(Comparator.comparingInt(AreaCount::count).reversed()
                .thenComparing(AreaCount::area));
        return new PainAreas(ranked, ratings);
    }

    /**
     * "Where it hurt most often: lower back in 23 of 41 ratings that said where (daily check-ins and after sessions),
     * hips and glutes in 12, neck in 5." Empty when no rating said where.
     */
    public Optional<String> sentence() {
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        AreaCount first = ranked.get(0);
        String rest = ranked.stream().skip(1).limit(IN_SENTENCE - 1)
                .map(each -> ", " + name(each.area()) + " in " + each.count()).collect(Collectors.joining());
        return Optional.of("Where it hurt most often: " + name(first.area()) + " in " + first.count() + " of "
                + ratings + (ratings == 1 ? " rating" : " ratings") + " that said where (daily check-ins and after"
                + " sessions)" + rest + ".");
    }

    private static String name(Area area) {
        return area.label().toLowerCase(Locale.ROOT);
    }
}
