package org.unknot.ui.player.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechCommandTest {

    private static Predicate<String> onPath(String... programs) {
        return Set.of(programs)::contains;
    }

    @Test
    void linuxPrefersEspeakNgOverSpdSay() {
        assertEquals(Optional.of(List.of("espeak-ng")),
                SpeechCommand.detect("Linux", onPath("espeak-ng", "spd-say")));
    }

    @Test
    void linuxUsesSpdSayWhenEspeakNgIsMissing() {
        assertEquals(Optional.of(List.of("spd-say")), SpeechCommand.detect("Linux", onPath("spd-say")));
    }

    @Test
    void linuxUsesEspeakNgAlone() {
        assertEquals(Optional.of(List.of("espeak-ng")), SpeechCommand.detect("Linux", onPath("espeak-ng")));
    }

    @Test
    void linuxWithoutASpeechCommandHasNone() {
        assertEquals(Optional.empty(), SpeechCommand.detect("Linux", onPath("say", "powershell")));
    }

    @Test
    void macOsUsesSay() {
        assertEquals(Optional.of(List.of("say")), SpeechCommand.detect("Mac OS X", onPath("say")));
        assertEquals(Optional.empty(), SpeechCommand.detect("Mac OS X", onPath("espeak-ng")));
    }

    @Test
    void windowsUsesPowerShellWithSystemSpeech() {
        List<String> command = SpeechCommand.detect("Windows 11", onPath("powershell")).orElseThrow();

        assertEquals(List.of("powershell", "-NoProfile", "-NonInteractive", "-Command"), command.subList(0, 4));
        assertTrue(command.get(4).contains("System.Speech.Synthesis.SpeechSynthesizer"), command.get(4));
        assertEquals(Optional.empty(), SpeechCommand.detect("Windows 11", onPath("espeak-ng", "say")));
    }

    @Test
    void windowsScriptReadsTheTextFromTheEnvironmentAndCommentsOutWhatIsAppended() {
        String script = SpeechCommand.detect("Windows 10", onPath("powershell")).orElseThrow().get(4);

        assertTrue(script.contains("$env:" + ProcessSpeech.TEXT_VARIABLE), script);
        assertTrue(script.endsWith("#"), "PowerShell joins later arguments onto the script: " + script);
        assertFalse(script.contains("\""), "Java cannot pass a double quote safely on Windows: " + script);
    }

    @Test
    void windowsTextWithQuotesSemicolonsAndDollarsIsNeverSplicedIntoTheScript() {
        List<String> prefix = SpeechCommand.detect("Windows 10", onPath("powershell")).orElseThrow();
        String hostile = "Left side\"; Remove-Item -Recurse C:\\ ; $(calc) '\r\nStart-Process calc";
        ProcessSpeech speech = new ProcessSpeech(prefix);
        try {
            List<String> line = speech.commandFor(hostile);

            assertEquals(prefix, line.subList(0, prefix.size()), "the script is exactly the detected one");
            assertEquals(prefix.size() + 1, line.size());
            String appended = line.get(line.size() - 1);
            assertFalse(appended.contains("\n") || appended.contains("\r"),
                    "one line, so everything after the script's # stays a comment: " + appended);
            assertFalse(line.get(4).contains("Remove-Item") || line.get(4).contains("calc"));
        } finally {
            speech.close();
        }
    }

    @Test
    void unknownSystemsLookForTheUnixCommands() {
        assertEquals(Optional.of(List.of("espeak-ng")), SpeechCommand.detect("FreeBSD", onPath("espeak-ng")));
        assertEquals(Optional.empty(), SpeechCommand.detect("", onPath()));
    }

    @Test
    void disabledVoiceCuesAreSilent() {
        Speech speech = SpeechCommand.speech(false);

        assertInstanceOf(NoSpeech.class, speech);
        assertFalse(speech.available());
    }

    @Test
    void pathLookupFindsOnlyExecutableFiles(@TempDir Path folder) throws IOException {
        Path program = Files.createFile(folder.resolve("espeak-ng"));
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(Files.createFile(folder.resolve("spd-say")),
                PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectory(folder.resolve("say"));
        String path = "/nowhere/at/all" + File.pathSeparator + folder;

        Predicate<String> onPath = SpeechCommand.onPath(path, false);

        assertTrue(onPath.test("espeak-ng"));
        assertFalse(onPath.test("spd-say"), "not executable");
        assertFalse(onPath.test("say"), "a folder");
        assertFalse(onPath.test("powershell"), "absent");
        assertFalse(SpeechCommand.onPath(null, false).test("espeak-ng"), "no PATH at all");
    }
}
