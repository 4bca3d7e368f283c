package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Routine;

/** The routine reader is strict about text: no null, no invisible or direction-changing characters, Unicode trimming. */
class RoutineFileStrictTextTest {

    private static final String SOURCE = "back.json";
    private static final String STEP = "{\"tool\": \"foam-roller\", \"area\": \"thighs\", \"seconds\": 30}";

    private static String file(String name, String steps) {
        return "{\"format\": \"unknot-routine\", \"version\": 1, \"name\": \"" + name + "\", \"steps\": [" + steps + "]}";
    }

    @Test
    void aNullSecondsRefusesTheFileInsteadOfDroppingTheStep() {
        String steps = String.join(", ", STEP, STEP, STEP,
                "{\"tool\": \"foam-roller\", \"area\": \"thighs\", \"seconds\": null}", STEP, STEP, STEP);

        List<String> problems = refusals(file("Seven", steps));

        assertEquals(List.of(SOURCE + ": Step 4: \"seconds\" is null; give it a value or leave the field out."),
                problems);
    }

    @Test
    void nullIsRefusedForEveryFieldNamingTheStepAndTheField() {
        for (String field : List.of("format", "version", "name", "description", "performedBy", "steps")) {
            String json = "{\"format\": \"unknot-routine\", \"version\": 1, \"name\": \"R\", \"steps\": [" + STEP + "]}";
            json = json.replaceFirst("\\{", "{\"" + field + "\": null, ");
            json = json.replaceFirst(", \"" + field + "\": (\"[^\"]*\"|1|\\[[^\\]]*\\])", "");
            List<String> problems = refusals(json);
            assertTrue(problems.contains(SOURCE + ": \"" + field + "\" is null; give it a value or leave the field out.")
                    || field.equals("format") && problems.get(0).contains("\"format\""), field + ": " + problems);
        }
        for (String field : List.of("tool", "area", "side", "technique", "intensity", "level", "seconds", "cue")) {
            String step = "{\"tool\": \"handheld-massager\", \"area\": \"thighs\", \"seconds\": 30}"
                    .replace("{", "{\"" + field + "\": null, ")
                    .replaceFirst(", \"" + field + "\": (\"[^\"]*\"|30)", "");
            List<String> problems = refusals(file("R", STEP + ", " + step));
            assertEquals(List.of(SOURCE + ": Step 2: \"" + field + "\" is null; give it a value or leave the field out."),
                    problems, field);
        }
    }

    @Test
    void aNameWithALineSeparatorBidiOverrideOrHalfACharacterIsRefused() {
        for (String bad : List.of("\\u2028", "\\u2029", "\\u202e", "\\u2066", "\\u200f", "\\u061c", "\\ud83d")) {
            List<String> problems = refusals(file("Ba" + bad + "ck", STEP));
            assertEquals(1, problems.size(), bad + ": " + problems);
            assertTrue(problems.get(0).startsWith(SOURCE + ": The name "), problems.get(0));
        }
    }

    @Test
    void aZeroWidthOnlyNameIsRefused() {
        List<String> problems = refusals(file("\\u200b\\u2060\\ufeff", STEP));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no visible"), problems.get(0));
    }

    @Test
    void aCueWithABidiOverrideIsRefusedNamingTheStep() {
        List<String> problems = refusals(file("R", STEP + ", {\"tool\": \"rest\", \"seconds\": 10, \"cue\": \"a\\u202eb\"}"));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(SOURCE + ": Step 2: "), problems.get(0));
    }

    @Test
    void noBreakSpaceAndOtherUnicodeSpacesAroundTheNameAreTrimmed() throws Exception {
        Routine routine = RoutineFile.parse(SOURCE, utf8(file("\\u00a0\\u3000Back\\u2003\\u00a0", STEP)));

        assertEquals("Back", routine.name());
    }

    @Test
    void fortyOneEmojiAreFortyOneCharacters() throws Exception {
        String emoji = "\uD83D\uDE00".repeat(41);

        Routine routine = RoutineFile.parse(SOURCE, utf8(file(emoji, STEP)));

        assertEquals(emoji, routine.name());
        assertFalse(RoutineFile.parse(SOURCE, RoutineFile.toBytes(routine)).name().isEmpty());
    }

    private static List<String> refusals(String json) {
        return assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, utf8(json))).problems();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
