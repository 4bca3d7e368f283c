package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.Vocabulary;

/** The red-flag answers, kept with their date: each check saved whole, in one transaction. */
public final class RedFlagStore {

    private final Database database;

    public RedFlagStore(Database database) {
        this.database = database;
    }

    /** Saves the check and every answer in it, all or nothing; returns its id. */
    public long save(RedFlagCheck check) {
        return database.inTransaction(connection -> {
            long id;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO red_flag_check (answered_at, reason) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, Timestamps.format(check.answeredAt()));
                statement.setString(2, check.reason().id());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO red_flag_answer (check_id, flag, answer) VALUES (?, ?, ?)")) {
                for (Map.Entry<RedFlag, Boolean> answer : check.answers().entrySet()) {
                    statement.setLong(1, id);
                    statement.setString(2, answer.getKey().id());
                    statement.setString(3, answer.getValue() ? "yes" : "no");
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return id;
        });
    }

    /** The newest check, with its answers; empty when the questions were never answered. */
    public Optional<RedFlagCheck> lastCheck() {
        return database.read(RedFlagStore::lastCheck);
    }

    private static Optional<RedFlagCheck> lastCheck(Connection connection) throws SQLException {
        long id;
        String answeredAt;
        String reason;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id, answered_at, reason FROM red_flag_check ORDER BY answered_at DESC, id DESC LIMIT 1")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            id = rows.getLong(1);
            answeredAt = rows.getString(2);
            reason = rows.getString(3);
        }
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT flag, answer FROM red_flag_answer WHERE check_id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    answers.put(Vocabulary.byId(RedFlag.class, rows.getString(1)).orElseThrow(),
                            "yes".equals(rows.getString(2)));
                }
            }
        }
        return Optional.of(new RedFlagCheck(Timestamps.parse(answeredAt),
                Vocabulary.byId(RedFlagReason.class, reason).orElseThrow(), answers));
    }
}
