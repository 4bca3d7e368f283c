package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;

class RoutineFileTest {

    private static final String SOURCE = "back.json";

    /** The example of PRODUCT.md, "Files". */
    private static final String EXAMPLE = """
            {
              "format": "unknot-routine",
              "version": 1,
              "name": "Low back relief",
              "description": "Massager then cold ball",
              "performedBy": "self",
              "steps": [
                {"tool": "handheld-massager", "area": "lower-back", "side": "each", "technique": "long-strokes",
                 "intensity": "medium", "level": 2, "seconds": 60, "cue": "Stay on the muscle beside the spine"},
                {"tool": "rest", "seconds": 20, "cue": "Fetch the cold ball from the freezer"},
                {"tool": "cold-ball", "area": "lower-back", "side": "center", "technique": "circular", "seconds": 300}
              ]
            }
            """;

    @Test
    void readsTheExampleOfTheSpecField() throws Exception {
        Routine routine = RoutineFile.parse(SOURCE, utf8(EXAMPLE));

        assertEquals("Low back relief", routine.name());
        assertEquals("Massager then cold ball", routine.description());
        assertEquals(PerformedBy.SELF, routine.performedBy());
        assertEquals(3, routine.steps().size());

        Step massager = routine.steps().get(0);
        assertEquals(Tool.HANDHELD_MASSAGER, massager.tool());
        assertEquals(Optional.of(Area.LOWER_BACK), massager.area());
        assertEquals(Side.EACH, massager.side());
        assertEquals(Optional.of(Technique.LONG_STROKES), massager.technique());
        assertEquals(Optional.of(Intensity.MEDIUM), massager.intensity());
        assertEquals(OptionalInt.of(2), massager.level());
        assertEquals(60, massager.seconds());
        assertEquals("Stay on the muscle beside the spine", massager.cue());

        Step rest = routine.steps().get(1);
        assertEquals(Tool.REST, rest.tool());
        assertEquals(Optional.empty(), rest.area());
        assertEquals(Side.CENTER, rest.side());
        assertEquals(Optional.empty(), rest.technique());
        assertEquals(Optional.empty(), rest.intensity());
        assertEquals(OptionalInt.empty(), rest.level());
        assertEquals(20, rest.seconds());
        assertEquals("Fetch the cold ball from the freezer", rest.cue());

        Step cold = routine.steps().get(2);
        assertEquals(Tool.COLD_BALL, cold.tool());
        assertEquals(Optional.of(Area.LOWER_BACK), cold.area());
        assertEquals(Side.CENTER, cold.side());
        assertEquals(Optional.of(Technique.CIRCULAR), cold.technique());
        assertEquals(Optional.empty(), cold.intensity());
        assertEquals(OptionalInt.empty(), cold.level());
        assertEquals(300, cold.seconds());
        assertEquals("", cold.cue());

        assertEquals(2 * 60 + 20 + 300, routine.plannedSeconds());
    }

    @Test
    void optionalFieldsMayBeAbsent() throws Exception {
        Routine routine = RoutineFile.parse(SOURCE, utf8("""
                {"format": "unknot-routine", "version": 1, "name": "Short",
                 "steps": [{"tool": "foam-roller", "area": "thighs", "seconds": 30}]}
                """));

        assertEquals(new Routine("Short", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 30))),
                routine);
    }

    @Test
    void nullIsRefusedEvenForAnOptionalField() {
        List<String> problems = refusals("""
                {"format": "unknot-routine", "version": 1, "name": "Short", "description": null,
                 "steps": [{"tool": "foam-roller", "area": "thighs", "seconds": 30, "cue": null}]}
                """);

        assertEquals(List.of(SOURCE + ": \"description\" is null; give it a value or leave the field out.",
                SOURCE + ": Step 1: \"cue\" is null; give it a value or leave the field out."), problems);
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Routine routine = new Routine("Partner back – morning", "For a helper; \"gentle\" first.\nThen firmer.",
                PerformedBy.PARTNER, List.of(
                new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.UPPER_BACK), Side.EACH,
                        Optional.of(Technique.TRIGGER_POINT), Optional.of(Intensity.FIRM), OptionalInt.of(5), 45,
                        "Press the knot beside the shoulder blade and hold"),
                new Step(Tool.FOAM_ROLLER, Optional.of(Area.THIGHS), Side.LEFT,
                        Optional.of(Technique.MYOFASCIAL_RELEASE), Optional.of(Intensity.LIGHT), OptionalInt.empty(),
                        3600, "Slow"),
                new Step(Tool.COLD_BALL, Optional.of(Area.FEET), Side.RIGHT, Optional.of(Technique.DEEP_PRESSURE),
                        Optional.of(Intensity.MEDIUM), OptionalInt.empty(), 5, "Rücken ✓ 日本"),
                Step.rest(600, "Fetch the cold ball"),
                Step.rest(1, ""),
                Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 60).withLevel(1)));

        Routine read = RoutineFile.parse(SOURCE, RoutineFile.toBytes(routine));

        assertEquals(routine, read);
    }

    @Test
    void roundTripKeepsEveryVocabularyValue() throws Exception {
        for (Area area : Area.values()) {
            for (Side side : Side.values()) {
                for (Technique technique : Technique.values()) {
                    for (Intensity intensity : Intensity.values()) {
                        Routine routine = new Routine("R", "", PerformedBy.SELF, List.of(
                                Step.of(Tool.HANDHELD_MASSAGER, area, 10).withSide(side).withTechnique(technique)
                                        .withIntensity(intensity).withLevel(3)));
                        assertEquals(routine, RoutineFile.parse(SOURCE, RoutineFile.toBytes(routine)));
                    }
                }
            }
        }
    }

    @Test
    void writtenFileIsUtf8JsonInTheProductFormat() throws Exception {
        String json = new String(RoutineFile.toBytes(new Routine("Rücken", "", PerformedBy.SELF,
                List.of(Step.rest(10, "")))), StandardCharsets.UTF_8);

        assertTrue(json.contains("\"format\" : \"unknot-routine\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
        assertTrue(json.contains("\"performedBy\" : \"self\""), json);
        assertTrue(json.contains("\"tool\" : \"rest\""), json);
        assertTrue(json.contains("Rücken"), json);
        assertTrue(!json.contains("\"description\""), "an empty description is left out: " + json);
        assertTrue(!json.contains("\"area\""), "a rest has no area: " + json);
        assertTrue(!json.contains("\"cue\""), "an empty cue is left out: " + json);
    }

    // --- refusals: each names the source and the field

    @Test
    void refusesMalformedJson() {
        List<String> problems = refusals("{\"format\": \"unknot-routine\", \"version\": 1,,}");

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(SOURCE + ": the file is not valid JSON near line 1, column "),
                problems.get(0));
        for (String jackson : List.of("Unexpected character", "line: ", "column: ", "Json", "code ")) {
            assertTrue(!problems.get(0).contains(jackson), "no words of the JSON library: " + problems.get(0));
        }
    }

    @Test
    void refusesEmptyBytes() {
        assertSingleRefusal("", "one JSON object");
    }

    @Test
    void refusesAJsonArrayAtTheTop() {
        assertSingleRefusal("[" + EXAMPLE + "]", "one JSON object", "\"format\"");
    }

    @Test
    void refusesAWrongFormat() {
        assertSingleRefusal(EXAMPLE.replace("unknot-routine", "other-app"), "\"format\"", "unknot-routine");
    }

    @Test
    void refusesAMissingFormat() {
        assertSingleRefusal(EXAMPLE.replace("\"format\": \"unknot-routine\",", ""), "\"format\"");
    }

    @Test
    void refusesANewerVersion() {
        assertSingleRefusal(EXAMPLE.replace("\"version\": 1", "\"version\": 2"), "\"version\"", "is 2",
                "update Unknot");
    }

    @Test
    void refusesAVersionInQuotes() {
        assertSingleRefusal(EXAMPLE.replace("\"version\": 1", "\"version\": \"1\""), "\"version\"", "whole number");
    }

    @Test
    void refusesAMissingVersion() {
        assertSingleRefusal(EXAMPLE.replace("\"version\": 1,", ""), "\"version\"");
    }

    @Test
    void refusesAnUnknownTopLevelField() {
        assertSingleRefusal(EXAMPLE.replace("\"version\": 1,", "\"version\": 1, \"colour\": \"blue\","),
                "\"colour\"", "not a field");
    }

    @Test
    void refusesAnUnknownStepField() {
        assertSingleRefusal(EXAMPLE.replace("\"seconds\": 20,", "\"seconds\": 20, \"speed\": 3,"),
                "Step 2: ", "\"speed\"", "not a field");
    }

    @Test
    void refusesAMissingName() {
        assertSingleRefusal(EXAMPLE.replace("\"name\": \"Low back relief\",", ""), "\"name\"", "missing");
    }

    @Test
    void refusesANameThatIsNotText() {
        assertSingleRefusal(EXAMPLE.replace("\"Low back relief\"", "42"), "\"name\"", "text");
    }

    @Test
    void refusesAnUnknownPerformer() {
        assertSingleRefusal(EXAMPLE.replace("\"self\"", "\"robot\""), "\"performedBy\"", "\"robot\"",
                "self or partner");
    }

    @Test
    void refusesMissingSteps() {
        assertSingleRefusal("""
                {"format": "unknot-routine", "version": 1, "name": "R"}
                """, "\"steps\"", "missing");
    }

    @Test
    void refusesStepsThatAreNotAList() {
        assertSingleRefusal("""
                {"format": "unknot-routine", "version": 1, "name": "R", "steps": {"tool": "rest", "seconds": 5}}
                """, "\"steps\"", "list");
    }

    @Test
    void refusesAStepThatIsNotAnObject() {
        assertSingleRefusal("""
                {"format": "unknot-routine", "version": 1, "name": "R", "steps": [{"tool": "rest", "seconds": 5}, 7]}
                """, "Step 2: ", "tool", "seconds");
    }

    @Test
    void importRefusesUnknownTool() {
        assertSingleRefusal(EXAMPLE.replace("\"cold-ball\"", "\"hot-stone\""), "Step 3: ", "\"tool\"",
                "\"hot-stone\"", "foam-roller, handheld-massager, cold-ball or rest");
    }

    @Test
    void refusesAnUnknownArea() {
        assertSingleRefusal(EXAMPLE.replace("\"area\": \"lower-back\", \"side\": \"center\"",
                "\"area\": \"Lower back\", \"side\": \"center\""), "Step 3: ", "\"area\"", "\"Lower back\"");
    }

    @Test
    void refusesAMissingTool() {
        assertSingleRefusal(EXAMPLE.replace("{\"tool\": \"rest\", ", "{"), "Step 2: ", "\"tool\"", "missing");
    }

    @Test
    void refusesMissingSeconds() {
        assertSingleRefusal(EXAMPLE.replace(", \"seconds\": 300", ""), "Step 3: ", "\"seconds\"", "missing");
    }

    @Test
    void refusesSecondsInQuotes() {
        assertSingleRefusal(EXAMPLE.replace("\"seconds\": 300", "\"seconds\": \"300\""), "Step 3: ",
                "\"seconds\"", "whole number");
    }

    @Test
    void refusesFractionalSeconds() {
        assertSingleRefusal(EXAMPLE.replace("\"seconds\": 300", "\"seconds\": 2.5"), "Step 3: ", "\"seconds\"",
                "whole number");
    }

    @Test
    void refusesSecondsBeyondAWholeNumber() {
        assertSingleRefusal(EXAMPLE.replace("\"seconds\": 300", "\"seconds\": 99999999999"), "Step 3: ",
                "\"seconds\"", "whole number");
    }

    @Test
    void refusesAFractionalLevel() {
        assertSingleRefusal(EXAMPLE.replace("\"level\": 2", "\"level\": 2.5"), "Step 1: ", "\"level\"",
                "whole number");
    }

    @Test
    void refusesOutOfRangeSecondsNamingTheStep() {
        assertSingleRefusal(EXAMPLE.replace("\"seconds\": 20", "\"seconds\": 601"), "Step 2: ", "seconds",
                "between 1 and 600");
    }

    @Test
    void refusesZeroSteps() {
        assertSingleRefusal("""
                {"format": "unknot-routine", "version": 1, "name": "R", "steps": []}
                """, "at least one step");
    }

    @Test
    void refusesMoreThanTwoHundredSteps() {
        String step = "{\"tool\": \"rest\", \"seconds\": 5}";
        String twoHundredOne = String.join(",", java.util.Collections.nCopies(201, step));

        assertSingleRefusal("{\"format\": \"unknot-routine\", \"version\": 1, \"name\": \"R\", \"steps\": ["
                + twoHundredOne + "]}", "steps", "at most 200", "201");
    }

    @Test
    void acceptsTwoHundredSteps() throws Exception {
        String step = "{\"tool\": \"rest\", \"seconds\": 5}";
        String twoHundred = String.join(",", java.util.Collections.nCopies(200, step));

        Routine routine = RoutineFile.parse(SOURCE, utf8("{\"format\": \"unknot-routine\", \"version\": 1, "
                + "\"name\": \"R\", \"steps\": [" + twoHundred + "]}"));

        assertEquals(200, routine.steps().size());
    }

    @Test
    void refusesAnInvalidName() {
        assertSingleRefusal(EXAMPLE.replace("\"Low back relief\"", "\"Low\\tback\""), "name", "control character");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] bytes = EXAMPLE.replace("Low back relief", "Low back X").getBytes(StandardCharsets.UTF_8);
        int x = EXAMPLE.indexOf("Low back relief") + "Low back ".length();
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, x);
        broken[x] = (byte) 0xC3;
        broken[x + 1] = (byte) 0x28;
        System.arraycopy(bytes, x + 1, broken, x + 2, bytes.length - x - 1);

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, broken));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith(SOURCE + ": "), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("UTF-8"), e.problems().get(0));
    }

    @Test
    void refusesLatin1Text() {
        byte[] latin1 = EXAMPLE.replace("Low back relief", "Rücken").getBytes(StandardCharsets.ISO_8859_1);

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, latin1));

        assertTrue(e.problems().get(0).contains("UTF-8"), e.problems().get(0));
    }

    @Test
    void acceptsUtf8WithAByteOrderMark() throws Exception {
        // what Windows Notepad saves when someone edits an exported routine
        byte[] withBom = utf8("\uFEFF" + EXAMPLE);

        assertEquals(RoutineFile.parse(SOURCE, utf8(EXAMPLE)), RoutineFile.parse(SOURCE, withBom));
    }

    @Test
    void refusesAByteOrderMarkAfterTheStart() {
        List<String> problems = refusals(" \uFEFF" + EXAMPLE);

        assertTrue(problems.get(0).startsWith(SOURCE + ": the file is not valid JSON"), problems.get(0));
    }

    @Test
    void refusesUtf16Text() {
        byte[] utf16 = EXAMPLE.getBytes(StandardCharsets.UTF_16);

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, utf16));

        assertEquals(List.of(SOURCE + ": the file is not UTF-8 text; save it as UTF-8 or export it again from Unknot."),
                e.problems());
    }

    @Test
    void refusesDeeplyNestedJsonWithAPlainMessage() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        List<String> problems = refusals("{\"format\": \"unknot-routine\", \"version\": 1, \"name\": \"R\", "
                + "\"steps\": " + nested + "}");

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(SOURCE + ": the file is not valid JSON"), problems.get(0));
    }

    @Test
    void refusesASecondObjectAfterTheRoutine() {
        assertSingleRefusal(EXAMPLE + "{}", "more after");
    }

    @Test
    void refusesTrailingGarbageAfterTheRoutine() {
        List<String> problems = refusals(EXAMPLE + " trailing");

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(SOURCE + ": "), problems.get(0));
    }

    @Test
    void acceptsTrailingWhitespace() throws Exception {
        assertEquals("Low back relief", RoutineFile.parse(SOURCE, utf8(EXAMPLE + "\n\n  \t")).name());
    }

    @Test
    void refusesDuplicateKeys() {
        List<String> problems = refusals(EXAMPLE.replace("\"name\": \"Low back relief\",",
                "\"name\": \"Low back relief\", \"name\": \"Other\","));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(SOURCE + ": "), problems.get(0));
        assertTrue(problems.get(0).contains("the field \"name\" appears twice near line "), problems.get(0));
    }

    @Test
    void refusesDuplicateKeysInAStep() {
        List<String> problems = refusals(EXAMPLE.replace("\"seconds\": 300", "\"seconds\": 300, \"seconds\": 30"));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("the field \"seconds\" appears twice"), problems.get(0));
    }

    @Test
    void refusesMoreThanOneMebibyte() {
        byte[] big = new byte[RoutineFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        List<String> problems = assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, big))
                .problems();

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(SOURCE + ": "), problems.get(0));
        assertTrue(problems.get(0).contains("1 MiB"), problems.get(0));
    }

    @Test
    void refusedParseListsEveryProblem() {
        List<String> problems = refusals("""
                {"format": "unknot-routine", "version": 1, "name": "R", "extra": true,
                 "steps": [
                   {"tool": "hot-stone", "area": "neck", "seconds": 60},
                   {"tool": "rest", "seconds": 5},
                   {"tool": "foam-roller", "area": "neck", "seconds": "long"}
                 ]}
                """);

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("\"extra\""), problems.get(0));
        assertTrue(problems.get(1).contains("Step 1: \"tool\""), problems.get(1));
        assertTrue(problems.get(2).contains("Step 3: \"seconds\""), problems.get(2));
        assertTrue(problems.stream().allMatch(p -> p.startsWith(SOURCE + ": ")), problems.toString());
    }

    @Test
    void refusedParseListsEveryOutOfRangeStep() {
        List<String> problems = refusals("""
                {"format": "unknot-routine", "version": 1, "name": "R",
                 "steps": [
                   {"tool": "foam-roller", "area": "neck", "seconds": 4},
                   {"tool": "rest", "seconds": 5},
                   {"tool": "rest", "seconds": 601}
                 ]}
                """);

        assertEquals(List.of(SOURCE + ": Step 1: seconds must be between 5 and 3600.",
                SOURCE + ": Step 3: a rest's seconds must be between 1 and 600."), problems);
    }

    @Test
    void exceptionMessageJoinsEveryProblem() {
        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, utf8("""
                {"format": "unknot-routine", "version": 2, "name": "R", "steps": []}
                """)));

        assertTrue(e.getMessage().contains("\"version\""), e.getMessage());
        assertEquals(String.join(" ", e.problems()), e.getMessage());
    }

    private static void assertSingleRefusal(String json, String... fragments) {
        List<String> problems = refusals(json);
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0);
        assertTrue(problem.startsWith(SOURCE + ": "), "names the source: " + problem);
        for (String fragment : fragments) {
            assertTrue(problem.contains(fragment), "contains " + fragment + ": " + problem);
        }
    }

    private static List<String> refusals(String json) {
        return assertThrows(RoutineFileException.class, () -> RoutineFile.parse(SOURCE, utf8(json))).problems();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
