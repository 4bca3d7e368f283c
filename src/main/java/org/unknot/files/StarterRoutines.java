package org.unknot.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.unknot.domain.Routine;

/** The starter routines shipped in {@code assets/routines}, in the routine file format. */
public final class StarterRoutines {

    private static final String FOLDER = "/org/unknot/assets/routines/";
    private static final List<String> FILES = List.of(
            "upper-back-reset.json",
            "low-back-relief.json",
            "neck-and-shoulders.json",
            "legs.json",
            "partner-back.json");

    private StarterRoutines() {
    }

    public static List<Routine> load() {
        List<Routine> routines = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = StarterRoutines.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("Starter routine " + file + " is missing from the build");
                }
                routines.add(RoutineFile.parse(file, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RoutineFileException e) {
                throw new IllegalStateException("Starter routine " + file + " is invalid: " + e.getMessage(), e);
            }
        }
        return List.copyOf(routines);
    }
}
