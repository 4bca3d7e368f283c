package org.unknot.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a save dialog starts: the user's documents folder ({@code ~/Documents}) if there is one, else home. */
public final class DocumentsFolder {

    private DocumentsFolder() {
    }

    /** The documents folder of the person using the app. */
    public static Path ofUser() {
        return in(Path.of(System.getProperty("user.home")));
    }

    /** {@code home/Documents} when it is a folder, otherwise {@code home}. */
    public static Path in(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
