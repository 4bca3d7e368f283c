package org.unknot.ui.player.cues;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unknot.ui.player.cues.SoundOutputTest.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a small shell script in place of a speech engine; it notes what it was asked to say. */
class ProcessSpeechTest {

    /**
     * One line per run: the script's pid, its last argument and the text variable. Texts starting "slow" hang;
     * texts starting "child" hang in a child process whose pid goes to the log's ".child" file.
     */
    private static final String SCRIPT = """
            log="$1"
            for arg; do last="$arg"; done
            printf '%s\\t%s\\t%s\\n' "$$" "$last" "$UNKNOT_SPEECH_TEXT" >> "$log"
            case "$last" in slow*) exec sleep 30 ;; esac
            case "$last" in child*) sleep 30 & echo "$!" > "$log.child"; wait ;; esac
            """;

    @TempDir
    Path folder;
    private Path log;
    private List<String> command;

    @BeforeEach
    void writeScript() throws IOException {
        Path script = Files.writeString(folder.resolve("speak.sh"), SCRIPT);
        log = folder.resolve("spoken.log");
        command = List.of("/bin/sh", script.toString(), log.toString());
    }

    @Test
    void theCommandReceivesTheExactTextAsItsLastArgumentAndInTheEnvironment() {
        String text = "Cold ball, \"lower back\"; left side $HOME 'x' & `true`";
        try (ProcessSpeech speech = new ProcessSpeech(command)) {
            assertTrue(speech.available());

            speech.say(text);

            waitUntil(() -> runs().size() == 1);
            String[] run = runs().get(0);
            assertEquals(text, run[1], "last argument");
            assertEquals(text, run[2], "environment variable");
        }
    }

    @Test
    void aNewUtteranceEndsTheOneStillSpeaking() {
        try (ProcessSpeech speech = new ProcessSpeech(command)) {
            speech.say("slow: foam roller, upper back");
            waitUntil(() -> runs().size() == 1);
            long slow = Long.parseLong(runs().get(0)[0]);

            long start = System.nanoTime();
            speech.say("Switch sides");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis < 50, "say took " + millis + " ms");
            waitUntil(() -> runs().size() == 2);
            assertEquals("Switch sides", runs().get(1)[1], "spoken within seconds, not after the 30 s of the first");
            waitUntil(() -> ProcessHandle.of(slow).map(process -> !process.isAlive()).orElse(true));
        }
    }

    @Test
    void closeEndsTheUtteranceStillSpeaking() {
        ProcessSpeech speech = new ProcessSpeech(command);
        speech.say("slow and long");
        waitUntil(() -> runs().size() == 1);
        long slow = Long.parseLong(runs().get(0)[0]);

        speech.close();

        waitUntil(() -> ProcessHandle.of(slow).map(process -> !process.isAlive()).orElse(true));
        assertFalse(speech.available());
    }

    @Test
    void closeAlsoEndsWhatTheSpeechCommandStartedItself() throws IOException {
        ProcessSpeech speech = new ProcessSpeech(command);
        speech.say("child: cold ball, feet");
        Path childFile = Path.of(log + ".child");
        waitUntil(() -> {
            try {
                return Files.exists(childFile) && Files.readString(childFile).endsWith("\n");
            } catch (IOException e) {
                return false;
            }
        });
        long child = Long.parseLong(Files.readString(childFile).strip());
        assertTrue(ProcessHandle.of(child).isPresent(), "the command's own child is speaking");

        speech.close();

        waitUntil(() -> ProcessHandle.of(child).map(process -> !process.isAlive()).orElse(true));
    }

    @Test
    void aMissingCommandGoesSilentWithoutThrowing() {
        try (ProcessSpeech speech = new ProcessSpeech(List.of(folder.resolve("no-such-speaker").toString()))) {
            assertDoesNotThrow(() -> speech.say("Cold ball, lower back"));

            waitUntil(() -> !speech.available());
            assertDoesNotThrow(() -> speech.say("Switch sides"));
        }
    }

    @Test
    void blankTextStartsNothing() {
        try (ProcessSpeech speech = new ProcessSpeech(command)) {
            speech.say("  ");
            speech.say("");
            speech.say("done");

            waitUntil(() -> runs().size() == 1);
            assertEquals("done", runs().get(0)[1]);
        }
    }

    @Test
    void textIsHandedOverAsOneLineThatCannotPassForAnOption() {
        assertEquals("Left side  then right", ProcessSpeech.spoken("Left side\r\nthen right"));
        assertEquals(" -5 seconds", ProcessSpeech.spoken("-5 seconds"));
        assertEquals("Cold ball, lower back", ProcessSpeech.spoken("Cold ball, lower back"));
    }

    @Test
    void anEmptyCommandIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessSpeech(List.of()));
    }

    private List<String[]> runs() {
        try {
            if (!Files.exists(log)) {
                return List.of();
            }
            String written = Files.readString(log, StandardCharsets.UTF_8);
            // a line still being written has no newline yet
            return written.lines().limit(written.chars().filter(c -> c == '\n').count())
                    .map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
