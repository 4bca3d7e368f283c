package org.unknot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Schema versions by {@code PRAGMA user_version}: migration N brings the file to version N, in one transaction. */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** In order; the version a script brings the file to is its place in this list, counting from 1. */
    private static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__shared_played_steps.sql",
            "V003__played_step_checks.sql", "V004__application_id.sql", "V005__red_flag_answers.sql",
            "V006__session_worked.sql", "V007__session_seconds.sql", "V008__clinical_depth.sql");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(?:\\r?\\n|$)");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static void apply(Database database, int fromVersion) {
        for (int version = fromVersion + 1; version <= latest(); version++) {
            String script = load(SCRIPTS.get(version - 1));
            int target = version;
            database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(script)) {
                        if (!withoutComments(sql).isBlank()) {
                            statement.executeUpdate(sql);
                        }
                    }
                    checkForeignKeys(statement, target);
                    statement.executeUpdate("PRAGMA user_version = " + target);
                }
                return null;
            });
            LOG.info("Migrated {} to schema {}", database.file(), target);
        }
    }

    /** A migration that leaves a row pointing at nothing is rolled back, the file left as it was. */
    private static void checkForeignKeys(Statement statement, int target) throws SQLException {
        try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new StorageException("Migrating to schema " + target + " would leave a row of "
                        + broken.getString("table") + " without its " + broken.getString("parent")
                        + "; the data file was left as it was. Run the check command.");
            }
        }
    }

    /** The script's statements; a trigger's body (BEGIN … END) holds semicolons of its own and stays whole. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String piece : STATEMENT_END.split(script)) {
            if (pending.length() > 0) {
                pending.append(";\n");
            }
            pending.append(piece);
            String code = withoutComments(pending.toString()).strip().toUpperCase(Locale.ROOT);
            if (!code.startsWith("CREATE TRIGGER") || code.endsWith("END")) {
                statements.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            statements.add(pending.toString());
        }
        return statements;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "");
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
