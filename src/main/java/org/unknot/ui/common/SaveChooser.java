package org.unknot.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save a file. The app asks with the system's save dialog ({@link #SYSTEM}); window tests answer with a
 * path of their own, so no real dialog opens.
 */
@FunctionalInterface
public interface SaveChooser {

    /** The system's save dialog, opened in {@code folder} (when it is one) with {@code name} filled in. */
    SaveChooser SYSTEM = (owner, folder, name, type) -> {
        FileChooser chooser = new FileChooser();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(type);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    };

    /** The file the user chose, starting in {@code folder} with {@code name}; empty when they cancelled. */
    Optional<Path> choose(Window owner, Path folder, String name, FileChooser.ExtensionFilter type);
}
