package org.unknot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What a SQLite file is, read through a connection that cannot change it. A file is Unknot's when its header
 * carries Unknot's marker ({@code application_id}), or — written before the marker existed, schemas 1 to 3 — when it
 * holds Unknot's tables.
 */
record Identity(Kind kind, int version, String problem) {

    enum Kind { EMPTY, UNKNOT, FOREIGN, NEWER, UNKNOWN_VERSION, DAMAGED, UNREADABLE }

    /** The last schema written without the marker. */
    private static final int LAST_UNMARKED = 3;
    /** Unknot's tables and columns of theirs that schemas 1 to 3 share: 12 when all are there. */
    private static final String UNKNOT_TABLES = "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            + "AND name IN ('routine', 'step', 'session', 'pain_entry', 'setting')) "
            + "+ (SELECT count(*) FROM pragma_table_info('routine') WHERE name IN ('name_key', 'performed_by')) "
            + "+ (SELECT count(*) FROM pragma_table_info('session') WHERE name IN ('routine_name', 'planned_seconds')) "
            + "+ (SELECT count(*) FROM pragma_table_info('pain_entry') WHERE name IN ('kind', 'score')) "
            + "+ (SELECT count(*) FROM pragma_table_info('setting') WHERE name = 'value')";

    boolean isUnknots() {
        return kind == Kind.UNKNOT || kind == Kind.NEWER || kind == Kind.UNKNOWN_VERSION || kind == Kind.DAMAGED;
    }

    static Identity of(Connection connection) throws SQLException {
        try {
            int applicationId = single(connection, "PRAGMA application_id");
            int version = single(connection, "PRAGMA user_version");
            int objects = single(connection, "SELECT count(*) FROM sqlite_master");
            boolean marked = applicationId == Database.APPLICATION_ID;
            if (objects == 0 && version == 0 && (marked || applicationId == 0)) {
                return new Identity(Kind.EMPTY, 0, "");
            }
            boolean tables = single(connection, UNKNOT_TABLES) == 12;
            if (!marked && (applicationId != 0 || !tables || version > LAST_UNMARKED)) {
                return new Identity(Kind.FOREIGN, version, "");
            }
            if (version <= 0) {
                return new Identity(Kind.UNKNOWN_VERSION, version, "");
            }
            if (version > Migrations.latest()) {
                return new Identity(Kind.NEWER, version, "");
            }
            String check = quickCheck(connection);
            return "ok".equals(check) ? new Identity(Kind.UNKNOT, version, "")
                    : new Identity(Kind.DAMAGED, version, check);
        } catch (SQLException e) {
            if (e instanceof SQLiteException sqlite && isDamage(sqlite)) {
                return new Identity(Kind.UNREADABLE, 0, "");
            }
            throw e;
        }
    }

    static boolean isDamage(SQLiteException e) {
        int code = e.getResultCode().code & 0xFF;
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    static String quickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check(1)")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static int single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
