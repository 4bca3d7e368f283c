package org.unknot.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conditions the user ticked and, with a recent surgery or injury, its areas. Every item is optional; the empty
 * profile changes no rule. Areas come only with {@link HealthCondition#RECENT_SURGERY_INJURY}, which needs one.
 */
public record HealthProfile(Set<HealthCondition> conditions, Set<Area> injuryAreas) {

    public static final HealthProfile NONE = new HealthProfile(Set.of(), Set.of());

    public HealthProfile {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
        injuryAreas = injuryAreas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(injuryAreas));
        boolean injured = conditions.contains(HealthCondition.RECENT_SURGERY_INJURY);
        if (injured && injuryAreas.isEmpty()) {
            throw new IllegalArgumentException("Choose the area of the recent surgery or injury.");
        }
        if (!injured && !injuryAreas.isEmpty()) {
            throw new IllegalArgumentException("An injury area needs \"Recent surgery or injury\" ticked.");
        }
    }

    /** The profile from the ids files and the database use; an id that is not known is refused with a sentence. */
    public static HealthProfile fromIds(Collection<String> conditionIds, Collection<String> areaIds) {
        Set<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
        for (String id : conditionIds) {
            conditions.add(Vocabulary.byId(HealthCondition.class, id).orElseThrow(() -> new IllegalArgumentException(
                    "\"" + id + "\" is not a condition of the health profile.")));
        }
        Set<Area> areas = EnumSet.noneOf(Area.class);
        for (String id : areaIds) {
            areas.add(Vocabulary.byId(Area.class, id).orElseThrow(() -> new IllegalArgumentException("\"" + id
                    + "\" is not a body area; choose " + Vocabulary.allowedIds(Area.class) + ".")));
        }
        return new HealthProfile(conditions, areas);
    }

    public boolean has(HealthCondition condition) {
        return conditions.contains(condition);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** "Raynaud's or cold urticaria; recent surgery or injury (lower back)", or "none given": for the report. */
    public String describe() {
        if (isEmpty()) {
            return "none given";
        }
        return Arrays.stream(HealthCondition.values()).filter(this::has).map(condition ->
                condition == HealthCondition.RECENT_SURGERY_INJURY ? condition.label() + " (" + areas() + ")"
                        : condition.label()).collect(Collectors.joining("; "));
    }

    private String areas() {
        return Arrays.stream(Area.values()).filter(injuryAreas::contains).map(area -> area.label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
