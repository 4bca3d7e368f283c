package org.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;
import org.unknot.domain.OffUiThread;

/**
 * The one SQLite file: WAL, {@code synchronous=FULL}, foreign keys on, migrated on open. How a file is recognised,
 * refused or opened read-only before anything is written is {@link Opening}'s work.
 */
public final class Database implements AutoCloseable {

    /** Unknot's marker in the file header ({@code PRAGMA application_id}): "UNKT". */
    static final int APPLICATION_ID = 0x554E4B54;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final List<String> notices;
    private volatile Optional<String> readOnlyReason;
    private volatile boolean damaged;

    Database(Path file, Connection connection, Optional<String> readOnlyReason, boolean damaged, List<String> notices) {
        this.file = file;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.damaged = damaged;
        this.notices = List.copyOf(notices);
    }

    /** Opens the file as the one Unknot that holds the data folder's instance lock (or the only one there is). */
    public static Database open(Path file) {
        return Opening.open(file, true);
    }

    /**
     * Opens the file; {@code exclusive} says this Unknot holds the instance lock. Without it another Unknot has the
     * file open: it is only read, and its WAL, being in use, is not examined.
     */
    public static Database open(Path file, boolean exclusive) {
        return Opening.open(file, exclusive);
    }

    public Path file() {
        return file;
    }

    /** Whether writes are refused; {@link #readOnlyReason()} says why in a sentence the user can act on. */
    public boolean readOnly() {
        return readOnlyReason.isPresent();
    }

    public Optional<String> readOnlyReason() {
        return readOnlyReason;
    }

    /** Whether the file failed its integrity check: it is only read, and it is never backed up over good copies. */
    public boolean damaged() {
        return damaged;
    }

    /** What was done on opening that the user should know, e.g. a stray WAL moved aside; one sentence each. */
    public List<String> notices() {
        return notices;
    }

    /** Runs work in one transaction: all of it is written, or none. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        OffUiThread.require();
        Optional<String> refusal = readOnlyReason;
        if (refusal.isPresent()) {
            throw new StorageException(refusal.get());
        }
        try {
            begin();
            T result;
            try {
                result = work.apply(connection);
                connection.commit();
            } catch (Throwable e) {
                // Whatever went wrong (an Error too), nothing of the work may be committed; if even the rollback
                // fails, auto-commit stays off, because switching it back on would commit what is pending.
                try {
                    rollBack();
                    connection.setAutoCommit(true);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Begins the transaction. The driver notes that auto-commit is off before SQLite begins; when the begin fails
     * (another Unknot holds the write lock) that note is taken back, or the next work would run outside a transaction.
     */
    private void begin() throws SQLException {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException nothingBegun) {
                // SQLite had no transaction to commit; the driver's note is what needed setting back
            }
            throw e;
        }
    }

    /**
     * Rolls back. On some errors (a full disk among them) SQLite has already rolled the transaction back itself; the
     * driver does not know, so an empty transaction is begun for it to end, leaving the connection usable.
     */
    private void rollBack() throws SQLException {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                throw e;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN");
            }
        }
    }

    /** Runs reads outside a transaction. */
    public synchronized <T> T read(SqlWork<T> work) {
        OffUiThread.require();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public int schemaVersion() {
        return read(c -> singleInt(c, "PRAGMA user_version"));
    }

    public String journalMode() {
        return read(c -> singleText(c, "PRAGMA journal_mode"));
    }

    /** SQLite's full integrity check: "ok", or the first problems it found. */
    public String integrityCheck() {
        return read(c -> singleText(c, "PRAGMA integrity_check(5)"));
    }

    /**
     * Runs the full integrity check; a file that fails it is from then on only read, with the damaged-file advice as
     * its {@link #readOnlyReason()}.
     */
    public boolean passesIntegrityCheck() {
        if ("ok".equals(integrityCheck())) {
            return true;
        }
        markDamaged();
        return false;
    }

    private void markDamaged() {
        damaged = true;
        readOnlyReason = Optional.of(StorageErrors.damagedWhileOpen(file));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        }
    }

    private StorageException failure(SQLException e) {
        LOG.error("Database work failed on {}", file, e);
        if (e instanceof SQLiteException sqlite && Identity.isDamage(sqlite) && failsQuickCheck()) {
            markDamaged();
            return new StorageException(readOnlyReason.get(), e);
        }
        if (StorageErrors.isFull(e)) {
            truncateWal();
        }
        return StorageErrors.of(file, e);
    }

    /** Only a failed integrity check makes a file "damaged"; an error code alone is not proof. */
    private boolean failsQuickCheck() {
        try {
            return !"ok".equals(Identity.quickCheck(connection));
        } catch (SQLException e) {
            return true;
        }
    }

    /** The pages of a write that failed for want of space stay in the WAL until it is emptied; empty it now. */
    private void truncateWal() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                LOG.info("After a write failed for want of space, the WAL checkpoint gave {}", result.next()
                        ? result.getInt(1) + "/" + result.getInt(2) + "/" + result.getInt(3) : "nothing");
                return;
            } catch (SQLException e) {
                LOG.warn("Emptying the WAL after a failed write did not work (attempt {})", attempt, e);
            }
        }
    }

    static int singleInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String singleText(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
