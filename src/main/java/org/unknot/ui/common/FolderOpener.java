package org.unknot.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Shows a folder in the system's file manager. It may wait on the desktop, so it is called off the FX thread; window
 * tests give one that only notes the folder.
 */
@FunctionalInterface
public interface FolderOpener {

    /** The desktop's file manager; on Linux without desktop support, {@code xdg-open}. */
    FolderOpener SYSTEM = folder -> {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
        } else if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            new ProcessBuilder("xdg-open", folder.toString()).start();
        } else {
            throw new IOException("This computer gives Unknot no way to open a folder");
        }
    };

    void open(Path folder) throws IOException;
}
