package org.unknot.ui.player.cues;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the speech command the operating system offers, if any. */
public final class SpeechCommand {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechCommand.class);

    /**
     * Windows PowerShell joins every argument after {@code -Command} into the script, so the text that
     * {@link ProcessSpeech} appends would be run as code. The script therefore takes the words from the environment
     * and ends in a comment mark: the appended text (always one line) lands in the comment and is never run.
     */
    static final String WINDOWS_SCRIPT = "Add-Type -AssemblyName System.Speech; "
            + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($env:" + ProcessSpeech.TEXT_VARIABLE
            + ") #";

    private SpeechCommand() {
    }

    /** Voice cues through the system's speech command, or silence when they are off or there is none. */
    public static Speech speech(boolean enabled) {
        if (!enabled) {
            return new NoSpeech();
        }
        Optional<List<String>> command = detect();
        if (command.isEmpty()) {
            LOG.info("No speech command found (espeak-ng, spd-say, say or PowerShell), so voice cues are off");
            return new NoSpeech();
        }
        return new ProcessSpeech(command.get());
    }

    /** The command for this machine, from its operating system and its PATH. */
    public static Optional<List<String>> detect() {
        String osName = System.getProperty("os.name", "");
        return detect(osName, onPath(System.getenv("PATH"), isWindows(osName)));
    }

    /**
     * The command prefix to which the text is appended, e.g. {@code [espeak-ng]}; empty when {@code onPath} knows
     * none of the commands for {@code osName}.
     */
    public static Optional<List<String>> detect(String osName, Predicate<String> onPath) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (isWindows(os)) {
            return found(onPath, "powershell",
                    List.of("powershell", "-NoProfile", "-NonInteractive", "-Command", WINDOWS_SCRIPT));
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return found(onPath, "say", List.of("say"));
        }
        // Linux and the other Unixes. spd-say's default "text" priority already lets a newer message replace an
        // older one in speech-dispatcher, where ending the spd-say process could not.
        return found(onPath, "espeak-ng", List.of("espeak-ng"))
                .or(() -> found(onPath, "spd-say", List.of("spd-say")));
    }

    /** Whether {@code name} is an executable file in one of the folders of {@code pathVariable}. */
    static Predicate<String> onPath(String pathVariable, boolean windows) {
        List<String> folders = pathVariable == null ? List.of() : List.of(pathVariable.split(File.pathSeparator));
        return name -> folders.stream()
                .map(folder -> folder.strip().replace("\"", ""))
                .filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> isExecutable(folder, windows ? name + ".exe" : name));
    }

    private static boolean isExecutable(String folder, String file) {
        try {
            Path candidate = Path.of(folder, file);
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
        } catch (InvalidPathException notAFolder) {
            return false;
        }
    }

    private static boolean isWindows(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static Optional<List<String>> found(Predicate<String> onPath, String program, List<String> command) {
        return onPath.test(program) ? Optional.of(command) : Optional.empty();
    }
}
