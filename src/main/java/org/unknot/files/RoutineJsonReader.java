package org.unknot.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.domain.Vocabulary;

/** Turns the JSON tree of a routine file into a routine, collecting a message for every field that is wrong. */
final class RoutineJsonReader {

    private static final Set<String> ROUTINE_FIELDS =
            Set.of("format", "version", "name", "description", "performedBy", "steps");
    private static final Set<String> STEP_FIELDS =
            Set.of("tool", "area", "side", "technique", "intensity", "level", "seconds", "cue");

    private final String source;
    private final List<String> problems = new ArrayList<>();

    RoutineJsonReader(String source) {
        this.source = source;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Routine routine(ObjectNode root) {
        unknownFields(root, ROUTINE_FIELDS, "");
        nullFields(root, "");
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !RoutineFile.FORMAT.equals(format.asText())) {
            problem("", "format", "must be \"" + RoutineFile.FORMAT + "\"; this is not an Unknot routine file.");
            return new Routine("", "", PerformedBy.SELF, List.of());
        }
        JsonNode version = root.get("version");
        if (version == null || !(version.isNull() || version.isInt())) {
            problem("", "version", "must be the whole number " + RoutineFile.VERSION + ".");
        } else if (version.isInt() && version.intValue() != RoutineFile.VERSION) {
            problem("", "version", "is " + version.intValue() + ", but this Unknot reads version " + RoutineFile.VERSION
                    + "; update Unknot to import it.");
        }
        String name = requiredText(root, "name", "");
        String description = optionalText(root, "description", "").orElse("");
        PerformedBy performedBy = optionalId(root, "performedBy", PerformedBy.class, "").orElse(PerformedBy.SELF);
        List<Step> steps = new ArrayList<>();
        JsonNode stepsNode = root.get("steps");
        if (stepsNode == null) {
            problem("", "steps", "is missing; a routine needs at least one step.");
        } else if (stepsNode.isArray()) {
            for (int i = 0; i < stepsNode.size(); i++) {
                step(stepsNode.get(i), i).ifPresent(steps::add);
            }
        } else if (!stepsNode.isNull()) {
            problem("", "steps", "must be a list of steps.");
        }
        return new Routine(name, description, performedBy, steps);
    }

    private Optional<Step> step(JsonNode node, int index) {
        String where = "Step " + (index + 1) + ": ";
        if (!node.isObject()) {
            problems.add(source + ": " + where + "must be an object with a tool and seconds.");
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, STEP_FIELDS, where);
        nullFields(node, where);
        Optional<Tool> tool = requiredId(node, "tool", Tool.class, where);
        Optional<Area> area = optionalId(node, "area", Area.class, where);
        Side side = optionalId(node, "side", Side.class, where).orElse(Side.CENTER);
        Optional<Technique> technique = optionalId(node, "technique", Technique.class, where);
        Optional<Intensity> intensity = optionalId(node, "intensity", Intensity.class, where);
        OptionalInt level = optionalInt(node, "level", where);
        OptionalInt seconds = optionalInt(node, "seconds", where);
        if (!node.has("seconds")) {
            problem(where, "seconds", "is missing; say how long the step lasts.");
        }
        String cue = optionalText(node, "cue", where).orElse("");
        if (problems.size() > before || tool.isEmpty() || seconds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(tool.get(), area, side, technique, intensity, level, seconds.getAsInt(), cue));
    }

    private void unknownFields(JsonNode node, Set<String> known, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!known.contains(field)) {
                problem(where, field, "is not a field of a routine file; remove it.");
            }
        }
    }

    /** Refuses {@code null} for every field: a value left out is left out, never written as null. */
    private void nullFields(JsonNode node, String where) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                problem(where, field.getKey(), "is null; give it a value or leave the field out.");
            }
        });
    }

    private String requiredText(JsonNode node, String field, String where) {
        if (!node.has(field)) {
            problem(where, field, "is missing.");
            return "";
        }
        return optionalText(node, field, where).orElse("");
    }

    private Optional<String> optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problem(where, field, "must be text in quotes.");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private OptionalInt optionalInt(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(where, field, "must be a whole number.");
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValue());
    }

    private <E extends Enum<E> & Vocabulary> Optional<E> requiredId(
            JsonNode node, String field, Class<E> type, String where) {
        if (!node.has(field)) {
            problem(where, field, "is missing; use " + Vocabulary.allowedIds(type) + ".");
            return Optional.empty();
        }
        return optionalId(node, field, type, where);
    }

    private <E extends Enum<E> & Vocabulary> Optional<E> optionalId(
            JsonNode node, String field, Class<E> type, String where) {
        Optional<String> text = optionalText(node, field, where);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = Vocabulary.byId(type, text.get());
        if (value.isEmpty()) {
            problem(where, field, "\"" + text.get() + "\" is not allowed; use " + Vocabulary.allowedIds(type) + ".");
        }
        return value;
    }

    private void problem(String where, String field, String message) {
        problems.add(source + ": " + where + "\"" + field + "\" " + message);
    }
}
