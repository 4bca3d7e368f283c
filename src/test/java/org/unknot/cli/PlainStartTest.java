package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainStartTest {

    private static final Set<String> COMMANDS = Set.of("list", "check");

    private static Optional<PlainStart> read(String... args) {
        return PlainStart.read(args, COMMANDS);
    }

    private static Optional<PlainStart> start(String dataDir, String play) {
        return Optional.of(new PlainStart(Optional.ofNullable(dataDir), Optional.ofNullable(play)));
    }

    @Test
    void noArgumentsStartTheAppOnTheDefaultFolder() {
        assertEquals(start(null, null), read());
    }

    @Test
    void bothOptionsAreReadInEitherForm() {
        assertEquals(start("/d", "Low-back relief"), read("--data-dir", "/d", "--play=Low-back relief"));
        assertEquals(start("/e=f", "x"), read("--play", "x", "--data-dir=/e=f"));
    }

    @Test
    void subcommandsAndHelpAreLeftToPicocli() {
        assertEquals(Optional.empty(), read("list"));
        assertEquals(Optional.empty(), read("--data-dir", "/d", "check"));
        assertEquals(Optional.empty(), read("--help"));
        assertEquals(Optional.empty(), read("-V"));
    }

    @Test
    void anythingPicocliMightReadDifferentlyIsLeftToIt() {
        assertEquals(Optional.empty(), read("--play"), "a missing value");
        assertEquals(Optional.empty(), read("--play="), "an empty value");
        assertEquals(Optional.empty(), read("--play", "list"), "a value that is a command");
        assertEquals(Optional.empty(), read("--data-dir", "--play", "x"), "a value that looks like an option");
        assertEquals(Optional.empty(), read("--play", "a", "--play", "b"), "an option given twice");
        assertEquals(Optional.empty(), read("@arguments.txt"), "an argument file");
        assertEquals(Optional.empty(), read("--play", "@name"), "an argument file as the value");
        assertEquals(Optional.empty(), read("--data-dir", "/d", "stray"), "a stray word");
        assertEquals(Optional.empty(), read("--", "x"), "the end of options");
    }
}
