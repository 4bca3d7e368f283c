package org.unknot.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Arguments that only start the app — none, or {@code --data-dir} and {@code --play} once each, as {@code --name
 * value} or {@code --name=value} — read without picocli to spare the window its set-up. Whatever else picocli might
 * read differently (a subcommand, help, a value that looks like an option or a command, an {@code @file}, an option
 * given twice, an empty value) is left to picocli.
 */
record PlainStart(Optional<String> dataDir, Optional<String> play) {

    private static final Set<String> OPTIONS = Set.of(UnknotCommand.DATA_DIR, UnknotCommand.PLAY);

    /** The start these arguments ask for, or empty when picocli must read them. */
    static Optional<PlainStart> read(String[] args, Set<String> subcommands) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            boolean plain = OPTIONS.contains(name) && !value.isEmpty() && !value.startsWith("-")
                    && !value.startsWith("@") && !subcommands.contains(value);
            if (!plain || values.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new PlainStart(Optional.ofNullable(values.get(UnknotCommand.DATA_DIR)),
                Optional.ofNullable(values.get(UnknotCommand.PLAY))));
    }
}
