package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text rules of names, descriptions and cues, as the editor, rename and the file reader all apply them. */
class RoutineTextTest {

    private static final String EMOJI = "\uD83D\uDE00";

    private static Routine named(String name) {
        return new Routine(name, "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)));
    }

    private static Routine withCue(String description, String cue) {
        return new Routine("Back", description, PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)
                .withCue(cue)));
    }

    @Test
    void everyUnicodeWhiteSpaceAroundANameIsTrimmed() {
        for (String space : List.of("\u00A0", "\u2000", "\u2007", "\u200A", "\u202F", "\u205F", "\u3000", " \t")) {
            assertEquals("Back", named(space + "Back" + space).name(), "U+" + Integer.toHexString(space.charAt(0)));
            assertEquals("back", Routine.nameKey(space + "Back" + space));
        }
        assertEquals("Cue", withCue("\u00A0Desc\u3000", "\u2003Cue\u00A0").steps().get(0).cue());
        assertEquals("Desc", withCue("\u00A0Desc\u3000", "Cue").description());
        assertEquals(List.of(), RoutineValidator.validateName("\u00A0Back\u00A0"));
    }

    @Test
    void aNameMadeOnlyOfWhiteSpaceIsEmpty() {
        assertEquals(List.of("Give the routine a name."), messages(RoutineValidator.validateName("\u00A0\u3000")));
    }

    @Test
    void namesWithLineOrParagraphSeparatorsBidiControlsOrBrokenCharactersAreRefused() {
        for (String bad : List.of("\u2028", "\u2029", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
                "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\uD83D", "\uDE00")) {
            String name = "Ba" + bad + "ck";
            List<Problem> problems = RoutineValidator.validate(named(name));
            assertEquals(1, problems.size(), "U+" + Integer.toHexString(bad.charAt(0)) + ": " + problems);
            assertEquals("name", problems.get(0).field());
            assertFalse(RoutineValidator.validateName(name).isEmpty(), name);
        }
    }

    @Test
    void aNameOfZeroWidthCharactersOnlyIsRefusedButOneInsideANameIsKept() {
        for (String invisible : List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200B\u200D \u2060")) {
            List<Problem> problems = RoutineValidator.validate(named(invisible));
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().contains("no visible"), problems.toString());
        }
        // A zero-width joiner is part of many emoji and of some scripts.
        assertEquals(List.of(), RoutineValidator.validate(named("Family \uD83D\uDC68\u200D\uD83D\uDC69")));
    }

    @Test
    void descriptionsAndCuesWithSeparatorsBidiControlsOrBrokenCharactersAreRefused() {
        for (String bad : List.of("\u2028", "\u2029", "\u202E", "\u2066", "\u200F", "\uD83D")) {
            List<Problem> description = RoutineValidator.validate(withCue("Gen" + bad + "tle", ""));
            assertEquals(List.of("description"), description.stream().map(Problem::field).toList());
            List<Problem> cue = RoutineValidator.validate(withCue("", "Sl" + bad + "ow"));
            assertEquals(List.of("cue"), cue.stream().map(Problem::field).toList());
            assertTrue(cue.get(0).message().startsWith("Step 1: "), cue.toString());
        }
    }

    @Test
    void limitsCountCharactersNotUtf16Units() {
        assertEquals(List.of(), RoutineValidator.validate(named(EMOJI.repeat(41))));
        assertEquals(List.of(), RoutineValidator.validate(named(EMOJI.repeat(80))));
        assertEquals(List.of("The name is 81 characters; shorten it to 80 or fewer."),
                messages(RoutineValidator.validate(named(EMOJI.repeat(81)))));
        assertEquals(List.of(), RoutineValidator.validate(withCue(EMOJI.repeat(500), EMOJI.repeat(280))));
        assertEquals(List.of("The description is 501 characters; shorten it to 500 or fewer.",
                        "Step 1: the cue is 281 characters; shorten it to 280 or fewer."),
                messages(RoutineValidator.validate(withCue(EMOJI.repeat(501), EMOJI.repeat(281)))));
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
