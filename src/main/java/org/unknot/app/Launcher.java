package org.unknot.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.unknot.cli.UnknotCommand;

/**
 * The plain main class: a class extending {@code Application} cannot be the main class of a classpath jar. With no
 * subcommand the command line starts the app; subcommands run without any UI.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(UnknotCommand.run(args, UnknotApp::launch, out, err));
    }
}
