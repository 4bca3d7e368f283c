package org.unknot.cli;

import java.util.Optional;
import org.unknot.store.DataFolder;

/** Starts the desktop app when no subcommand is given; the command line itself never touches the UI. */
@FunctionalInterface
public interface AppStarter {
    /**
     * Runs the app until its window closes and returns the process exit code.
     *
     * @param play the routine to open the player on, checked to exist
     */
    int start(DataFolder folder, Optional<String> play);
}
