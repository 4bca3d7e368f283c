package org.unknot.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unknot.domain.OffUiThread;
import org.unknot.domain.Routine;
import org.unknot.domain.RoutineValidator;
import org.unknot.domain.Step;

/**
 * The routine file format of the product ({@code "format": "unknot-routine", "version": 1}): UTF-8 JSON of at most
 * 1 MiB, unknown fields refused. Reading returns a valid routine or refuses with every problem found.
 */
public final class RoutineFile {

    public static final String FORMAT = "unknot-routine";
    public static final int VERSION = 1;
    public static final int MAX_BYTES = 1024 * 1024;

    /** How the JSON library reports a field given twice; only the field's name is passed on. */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RoutineFile() {
    }

    /** Reads a routine file from disk; the messages name the file by its file name. */
    public static Routine read(Path file) throws RoutineFileException {
        OffUiThread.require();
        String name = fileName(file);
        if (Files.isDirectory(file)) {
            throw refused(name, "this is a folder; choose a routine file (.json) instead.");
        }
        Optional<String> special = FileKinds.special(file);
        if (special.isPresent()) {
            throw refused(name, "this is " + special.get() + ", not a file; choose a routine file (.json) instead.");
        }
        if (!Files.isRegularFile(file)) {
            throw refused(name, "the file does not exist; check its name and folder.");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw refused(name, "the file is larger than 1 MiB, which no routine needs; choose a routine file.");
            }
            return parse(name, Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            throw refused(name, "you may not read this file; check its permissions or copy it somewhere you may.");
        } catch (IOException e) {
            throw refused(name, "the file cannot be read; check that you may open it and that its disk is still "
                    + "there.");
        }
    }

    /** Reads a routine from bytes; {@code sourceName} names it in messages. */
    public static Routine parse(String sourceName, byte[] bytes) throws RoutineFileException {
        if (bytes.length > MAX_BYTES) {
            throw refused(sourceName, "the file is larger than 1 MiB, which no routine needs; choose a routine file.");
        }
        String text = decodeUtf8(sourceName, bytes);
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(text)) {
            root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw refused(sourceName, "there is more after the routine's closing brace; the file must hold one routine.");
            }
        } catch (JsonProcessingException e) {
            // Only where the file went wrong, never the JSON library's own words.
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " near line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.matches()) {
                throw refused(sourceName, "the field \"" + duplicate.group(1) + "\" appears twice" + where
                        + "; keep only one.");
            }
            throw refused(sourceName, "the file is not valid JSON" + where
                    + "; a routine file is JSON exported by Unknot.");
        } catch (IOException e) {
            throw refused(sourceName, "the file cannot be read.");
        }
        if (root == null || !root.isObject()) {
            throw refused(sourceName, "the file must hold one JSON object with \"format\": \"" + FORMAT + "\".");
        }
        RoutineJsonReader reader = new RoutineJsonReader(sourceName);
        Routine routine = reader.routine((ObjectNode) root);
        if (!reader.problems().isEmpty()) {
            throw new RoutineFileException(reader.problems());
        }
        List<String> invalid = RoutineValidator.validate(routine).stream()
                .map(problem -> sourceName + ": " + problem.message())
                .toList();
        if (!invalid.isEmpty()) {
            throw new RoutineFileException(invalid);
        }
        return routine;
    }

    /** The routine as the bytes of a routine file (pretty-printed UTF-8 JSON). */
    public static byte[] toBytes(Routine routine) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", routine.name());
        if (!routine.description().isEmpty()) {
            root.put("description", routine.description());
        }
        root.put("performedBy", routine.performedBy().id());
        ArrayNode steps = root.putArray("steps");
        for (Step step : routine.steps()) {
            ObjectNode node = steps.addObject();
            node.put("tool", step.tool().id());
            step.area().ifPresent(area -> node.put("area", area.id()));
            node.put("side", step.side().id());
            step.technique().ifPresent(technique -> node.put("technique", technique.id()));
            step.intensity().ifPresent(intensity -> node.put("intensity", intensity.id()));
            step.level().ifPresent(level -> node.put("level", level));
            node.put("seconds", step.seconds());
            if (!step.cue().isEmpty()) {
                node.put("cue", step.cue());
            }
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A routine always serialises", e);
        }
    }

    /** Writes the routine file so that the target is either the old file or the complete new one. */
    public static void write(Routine routine, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(routine));
    }

    /** Like {@link #write}, but a failure is one plain sentence naming the file and saying what to do. */
    public static void export(Routine routine, Path target) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        try {
            write(routine, file);
        } catch (IOException e) {
            throw ExportException.couldNotWrite("the routine", file, "routine.json", e);
        }
    }

    /** How messages name a file: its file name, or the whole path when it has none (a root such as "/"). */
    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String decodeUtf8(String sourceName, byte[] bytes) throws RoutineFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // Editors such as Windows Notepad save UTF-8 with a byte order mark; RFC 8259 lets readers ignore it.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refused(sourceName, "the file is not UTF-8 text; save it as UTF-8 or export it again from Unknot.");
        }
    }

    static RoutineFileException refused(String sourceName, String reason) {
        return new RoutineFileException(List.of(sourceName + ": " + reason));
    }
}
