package org.unknot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.unknot.domain.OffUiThread;

/**
 * The one SQLite file: WAL, {@code synchronous=FULL}, foreign keys on, migrated on open. A file that is not a database,
 * is damaged or comes from a newer version is refused and left exactly as it was.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) {
        checkHeader(file);
        boolean existed = Files.exists(file);
        if (!existed) {
            ownerOnly(file);
        }
        Connection connection = connect(file);
        try {
            int version = readVersion(connection, file);
            if (version > Migrations.latest()) {
                throw new StorageException("The data file " + file + " was made by a newer version of Unknot (schema "
                        + version + "; this one knows up to " + Migrations.latest() + "); update Unknot, or choose "
                        + "another data folder with --data-dir. The file was left untouched.");
            }
            if (version == 0 && hasSchema(connection)) {
                // Another program's SQLite file: migrating it would add our tables to it and switch it to WAL.
                throw notAnUnknotFile(file);
            }
            if (existed) {
                ownerOnly(file);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
            }
            Database database = new Database(file, connection);
            Migrations.apply(database, version);
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw damagedOrUnreadable(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Creates the file readable by its owner only, or tightens an existing one, once it is known to be ours. */
    private static void ownerOnly(Path file) {
        try {
            OwnerOnly.ensureFile(file);
        } catch (IOException e) {
            throw new StorageException("Unknot cannot create its data file " + file + "; fix the folder's permissions "
                    + "or choose another folder with --data-dir.", e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction: all of it is written, or none. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        OffUiThread.require();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.apply(connection);
                connection.commit();
            } catch (Throwable e) {
                // Whatever went wrong (an Error too), nothing of the work may be committed; if even the rollback
                // fails, auto-commit stays off, because switching it back on would commit what is pending.
                try {
                    connection.rollback();
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
        return read(c -> readVersion(c, file));
    }

    public String journalMode() {
        return read(c -> singleText(c, "PRAGMA journal_mode"));
    }

    /** SQLite's full integrity check: "ok", or the first problems it found. */
    public String integrityCheck() {
        return read(c -> singleText(c, "PRAGMA integrity_check(5)"));
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private StorageException failure(SQLException e) {
        LOG.error("Database work failed on {}", file, e);
        if (e instanceof SQLiteException sqlite && isDamage(sqlite.getResultCode())) {
            return damagedOrUnreadable(file, e);
        }
        if (e instanceof SQLiteException sqlite && sqlite.getResultCode().code == SQLiteErrorCode.SQLITE_FULL.code) {
            return new StorageException("The disk is full, so Unknot could not save; free some space and try again.", e);
        }
        return new StorageException("Unknot could not read or write its data file " + file + " (" + e.getMessage()
                + "); nothing was changed. Try again, and if it keeps happening run the check command.", e);
    }

    private static boolean isDamage(SQLiteErrorCode code) {
        return code.code == SQLiteErrorCode.SQLITE_CORRUPT.code || code.code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw damagedOrUnreadable(file, e);
        }
    }

    private static void checkHeader(Path file) {
        if (Files.isDirectory(file)) {
            throw new StorageException(file + " is a folder, not a data file; move it away or choose another data "
                    + "folder with --data-dir.");
        }
        if (!Files.exists(file)) {
            return;
        }
        byte[] start = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new StorageException("Unknot cannot read its data file " + file + "; check that you may open it.", e);
        }
        if (read > 0 && !Arrays.equals(start, SQLITE_HEADER)) {
            throw notAnUnknotFile(file);
        }
    }

    private static StorageException notAnUnknotFile(Path file) {
        return new StorageException("The file " + file + " is not an Unknot data file; move it away or choose "
                + "another data folder with --data-dir. The file was left untouched.");
    }

    private static boolean hasSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private static int readVersion(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet schema = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                schema.next();
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static String singleText(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static StorageException damagedOrUnreadable(Path file, SQLException e) {
        return new StorageException("The data file " + file + " is damaged or unreadable, so Unknot left it untouched; "
                + "restore a copy from the backups folder or choose another data folder with --data-dir.", e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        }
    }
}
