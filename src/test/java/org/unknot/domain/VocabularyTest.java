package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    /** Every closed set that files or the database spell by id. */
    private static final List<Class<? extends Vocabulary>> ALL = List.of(Tool.class, Area.class, Side.class,
            Technique.class, Intensity.class, PerformedBy.class, PainKind.class, SessionStatus.class,
            StopReason.class, StepOutcome.class, Theme.class);

    private enum Only implements Vocabulary {
        THE_ONE;

        @Override
        public String label() {
            return "The one";
        }
    }

    @Test
    void idsAreKebabCaseOfTheConstantName() {
        assertEquals("foam-roller", Tool.FOAM_ROLLER.id());
        assertEquals("handheld-massager", Tool.HANDHELD_MASSAGER.id());
        assertEquals("cold-ball", Tool.COLD_BALL.id());
        assertEquals("rest", Tool.REST.id());
        assertEquals("hips-glutes", Area.HIPS_GLUTES.id());
        assertEquals("upper-back", Area.UPPER_BACK.id());
        assertEquals("myofascial-release", Technique.MYOFASCIAL_RELEASE.id());
        assertEquals("each", Side.EACH.id());
        assertEquals("partner", PerformedBy.PARTNER.id());
        assertEquals("check-in", PainKind.CHECK_IN.id());
        assertEquals("pain-worse", StopReason.PAIN_WORSE.id());
    }

    @Test
    void everyIdIsLowerCaseKebabAndUniqueWithinItsSet() {
        for (Class<? extends Vocabulary> type : ALL) {
            Set<String> seen = new HashSet<>();
            for (Vocabulary value : type.getEnumConstants()) {
                assertTrue(value.id().matches("[a-z]+(-[a-z]+)*"), type.getSimpleName() + " id " + value.id());
                assertTrue(seen.add(value.id()), "duplicate id " + value.id() + " in " + type.getSimpleName());
                assertFalse(value.label().isBlank(), "blank label of " + value);
            }
        }
    }

    @Test
    void productVocabularyMatchesTheSpec() {
        assertEquals(List.of("foam-roller", "handheld-massager", "cold-ball", "rest"), ids(Tool.class));
        assertEquals(List.of("neck", "shoulders", "upper-back", "mid-back", "lower-back", "hips-glutes", "thighs",
                "calves", "feet"), ids(Area.class));
        assertEquals(List.of("center", "left", "right", "each"), ids(Side.class));
        assertEquals(List.of("long-strokes", "circular", "trigger-point", "deep-pressure", "myofascial-release"),
                ids(Technique.class));
        assertEquals(List.of("light", "medium", "firm"), ids(Intensity.class));
        assertEquals(List.of("self", "partner"), ids(PerformedBy.class));
    }

    @Test
    void byIdRoundTripsEveryConstantOfEveryVocabulary() {
        assertRoundTrips(Tool.class);
        assertRoundTrips(Area.class);
        assertRoundTrips(Side.class);
        assertRoundTrips(Technique.class);
        assertRoundTrips(Intensity.class);
        assertRoundTrips(PerformedBy.class);
        assertRoundTrips(PainKind.class);
        assertRoundTrips(SessionStatus.class);
        assertRoundTrips(StopReason.class);
        assertRoundTrips(StepOutcome.class);
        assertRoundTrips(Theme.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOAM_ROLLER", "foam_roller", "Foam-Roller", "foam roller", " foam-roller", "foam-roller ",
            "", "roller", "FOAM-ROLLER"})
    void byIdRefusesAnythingButTheExactId(String id) {
        assertEquals(Optional.empty(), Vocabulary.byId(Tool.class, id));
    }

    @ParameterizedTest
    @NullSource
    void byIdRefusesNull(String id) {
        assertEquals(Optional.empty(), Vocabulary.byId(Area.class, id));
    }

    @Test
    void byIdDoesNotFindAnIdOfAnotherVocabulary() {
        assertEquals(Optional.empty(), Vocabulary.byId(Area.class, "foam-roller"));
        assertEquals(Optional.empty(), Vocabulary.byId(Tool.class, "neck"));
    }

    @Test
    void allowedIdsListsIdsWithOrBeforeTheLast() {
        assertEquals("foam-roller, handheld-massager, cold-ball or rest", Vocabulary.allowedIds(Tool.class));
        assertEquals("self or partner", Vocabulary.allowedIds(PerformedBy.class));
        assertEquals("light, medium or firm", Vocabulary.allowedIds(Intensity.class));
    }

    @Test
    void allowedIdsOfASingleValueIsJustThatId() {
        assertEquals("the-one", Vocabulary.allowedIds(Only.class));
    }

    private static <E extends Enum<E> & Vocabulary> void assertRoundTrips(Class<E> type) {
        for (E value : type.getEnumConstants()) {
            assertEquals(Optional.of(value), Vocabulary.byId(type, value.id()), type.getSimpleName() + "." + value);
        }
    }

    private static <E extends Enum<E> & Vocabulary> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList();
    }
}
