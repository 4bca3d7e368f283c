package org.unknot.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** One plain sentence for each way the data file can fail, named for what really happened. */
final class StorageErrors {

    private static final String RESTORE = "run \"unknot restore-backup\" or use Settings → Backups to put the newest "
            + "good backup in place (the damaged file is kept aside).";

    private StorageErrors() {
    }

    /** Whether SQLite ran out of disk space (SQLITE_FULL, or an I/O error saying so). */
    static boolean isFull(SQLException e) {
        return primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code || noSpace(e.getMessage());
    }

    private static int primaryCode(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
    }

    static StorageException of(Path file, SQLException e) {
        int code = primaryCode(e);
        if (isFull(e)) {
            return new StorageException("The disk is full, so Unknot could not save to " + file + "; free some "
                    + "space and try again (what was saved before is kept).", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StorageBusyException("Another Unknot is writing to " + file + " right now, so this could not be "
                    + "saved; wait for it to finish (or close the app) and try again.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return readOnly(file, e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_PERM.code
                || code == SQLiteErrorCode.SQLITE_AUTH.code) {
            return new StorageException("Unknot cannot open its data file " + file + "; check that you may read and "
                    + "write it and its folder, or choose another data folder with --data-dir.", e);
        }
        return new StorageException("Unknot could not read or write its data file " + file + "; nothing was "
                + "changed. Try again, and if it keeps happening run \"unknot check\".", e);
    }

    /** A file Unknot writes beside the data file (a backup, a copy set aside) could not be written. */
    static StorageException writing(Path target, IOException e) {
        if (noSpace(e.getMessage())) {
            return new StorageException("The disk is full, so Unknot could not write " + target + "; free "
                    + "some space and try again.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new StorageException(target + " is read-only, so Unknot could not write it; allow writing to it "
                    + "or its folder and try again.", e);
        }
        return new StorageException("Unknot could not write " + target + "; check that its folder exists and may be "
                + "written, then try again.", e);
    }

    static StorageException readOnly(Path file, Throwable cause) {
        return new StorageException(readOnlyReason(file), cause);
    }

    static String readOnlyReason(Path file) {
        return "The data file " + file + " or its folder is read-only, so Unknot can show your data but not save; "
                + "allow writing to them (or choose another data folder with --data-dir) and open Unknot again.";
    }

    /** A file found damaged before anything was written to it; every "damaged" message gives the same advice. */
    static String damaged(Path file) {
        return "The data file " + file + " is damaged, so Unknot only reads it and changed nothing; " + RESTORE;
    }

    /** A file found damaged after it was opened for writing (by the full check, or by a failed read). */
    static String damagedWhileOpen(Path file) {
        return "The data file " + file + " is damaged, so Unknot will only read it from now on; " + RESTORE;
    }

    static String unreadable(Path file) {
        return "The data file " + file + " is damaged so badly that Unknot cannot read it, so it was left untouched; "
                + RESTORE;
    }

    private static boolean noSpace(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("no space left");
    }
}
