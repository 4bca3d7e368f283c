package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds {@code unknot.db}, {@code backups/} and {@code logs/}: {@code --data-dir}, else
 * {@code UNKNOT_DATA_DIR}, else the operating system's place for application data.
 */
public record DataFolder(Path path) {

    public static final String ENVIRONMENT_VARIABLE = "UNKNOT_DATA_DIR";

    /** Resolves the folder for this machine, from the option if given. */
    public static DataFolder resolve(Optional<String> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static DataFolder resolve(Optional<String> option, Map<String, String> environment, String osName, String home) {
        String chosen = option.filter(text -> !text.isBlank())
                .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)).filter(text -> !text.isBlank()))
                .orElse(null);
        try {
            if (chosen != null) {
                return new DataFolder(Path.of(chosen).toAbsolutePath().normalize());
            }
            return new DataFolder(osDefault(environment, osName.toLowerCase(Locale.ROOT), home));
        } catch (InvalidPathException e) {
            throw new StorageException("\"" + chosen + "\" is not a usable folder name; choose another data folder.");
        }
    }

    private static Path osDefault(Map<String, String> environment, String os, String home) {
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Unknot");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Unknot");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("unknot");
    }

    public Path databaseFile() {
        return path.resolve("unknot.db");
    }

    public Path backups() {
        return path.resolve("backups");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    /** Creates {@code logs/} for the owner only, and returns it. */
    public Path createLogs() {
        try {
            OwnerOnly.createFolders(logs());
            return logs();
        } catch (IOException e) {
            throw new StorageException("Unknot cannot write to its data folder " + path + "; fix its permissions or "
                    + "choose another folder with --data-dir.", e);
        }
    }

    /**
     * Creates the folder if needed (owner only) and proves it can be written, before anything else touches it. A
     * folder its owner made read-only is left so: the data file in it is then opened read-only.
     */
    public void prepare() {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new StorageException("The data folder " + path + " is a file, not a folder; choose another data "
                    + "folder with --data-dir.");
        }
        try {
            OwnerOnly.createFolders(path);
            if (!OwnerOnly.mayWrite(path) && Files.isRegularFile(databaseFile())) {
                return;
            }
            Path probe = Files.createTempFile(path, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StorageException("Unknot cannot write to its data folder " + path + "; fix its permissions or "
                    + "choose another folder with --data-dir.", e);
        }
    }
}
