package org.unknot.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.unknot.domain.Routine;

/** The opened data file and its stores: what the app and the command line work with. */
public record Storage(
        DataFolder folder,
        Database database,
        RoutineStore routines,
        SessionStore sessions,
        PainStore pain,
        SettingsStore settings) implements AutoCloseable {

    /**
     * Prepares the folder, opens and migrates the data file, and on the very first run adds the starter routines.
     * Throws {@link StorageException} with a plain sentence when any of that cannot be done; nothing is changed then.
     */
    public static Storage open(DataFolder folder, Clock clock, Supplier<List<Routine>> starters) {
        return open(folder, clock, starters, true);
    }

    /**
     * As {@link #open(DataFolder, Clock, Supplier)}; {@code exclusive} says the caller holds the instance lock. Without
     * it another Unknot has the folder open, and the data is only read.
     */
    public static Storage open(DataFolder folder, Clock clock, Supplier<List<Routine>> starters, boolean exclusive) {
        folder.prepare();
        Database database = Database.open(folder.databaseFile(), exclusive);
        try {
            Storage storage = new Storage(folder, database, new RoutineStore(database, clock), new SessionStore(database),
                    new PainStore(database), new SettingsStore(database));
            if (!database.readOnly() && storage.settings().get(RoutineStore.STARTERS_SEEDED).isEmpty()) {
                storage.routines().addStartersOnce(starters.get());
            }
            return storage;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The red-flag answers; the store holds nothing but the database, so it is made when asked for. */
    public RedFlagStore redFlags() {
        return new RedFlagStore(database);
    }

    /** The weekly PEG answers; made when asked for, as the red-flag answers are. */
    public PegStore peg() {
        return new PegStore(database);
    }

    /** The health profile; made when asked for, like {@link #redFlags()}. */
    public HealthProfileStore healthProfile() {
        return new HealthProfileStore(database);
    }

    /** Whether nothing can be saved; {@link #readOnlyReason()} says why, in a sentence to show the user. */
    public boolean readOnly() {
        return database.readOnly();
    }

    public Optional<String> readOnlyReason() {
        return database.readOnlyReason();
    }

    /** What opening did that the user should be told (a stray WAL moved aside), one sentence each. */
    public List<String> notices() {
        return database.notices();
    }

    @Override
    public void close() {
        database.close();
    }
}
