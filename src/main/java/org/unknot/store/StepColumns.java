package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.domain.Vocabulary;

/** The step columns that routines and played sessions share: tool, area, side, technique, intensity, level, seconds, cue. */
final class StepColumns {

    static final String NAMES = "tool, area, side, technique, intensity, level, seconds, cue";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?";

    private StepColumns() {
    }

    /**
     * Inserts the steps, in order, as the rows of {@code table} that belong to {@code ownerId} through
     * {@code ownerColumn} (a routine's steps; a session's go through {@link PlayedStepWriter}).
     */
    static void insertAll(Connection connection, String table, String ownerColumn, long ownerId, List<Step> steps)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table + " (" + ownerColumn
                + ", position, " + NAMES + ") VALUES (?, ?, " + PLACEHOLDERS + ")")) {
            for (int position = 0; position < steps.size(); position++) {
                statement.setLong(1, ownerId);
                statement.setInt(2, position);
                bind(statement, 3, steps.get(position));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Binds the eight step columns starting at parameter {@code first}. */
    static void bind(PreparedStatement statement, int first, Step step) throws SQLException {
        statement.setString(first, step.tool().id());
        setId(statement, first + 1, step.area());
        statement.setString(first + 2, step.side().id());
        setId(statement, first + 3, step.technique());
        setId(statement, first + 4, step.intensity());
        if (step.level().isPresent()) {
            statement.setInt(first + 5, step.level().getAsInt());
        } else {
            statement.setNull(first + 5, Types.INTEGER);
        }
        statement.setInt(first + 6, step.seconds());
        statement.setString(first + 7, step.cue());
    }

    /** Reads a step from a row that selected {@link #NAMES}. */
    static Step read(ResultSet row) throws SQLException {
        int level = row.getInt("level");
        OptionalInt optionalLevel = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(level);
        return new Step(
                Codes.required(Tool.class, row.getString("tool")),
                Codes.optional(Area.class, row.getString("area")),
                Codes.required(Side.class, row.getString("side")),
                Codes.optional(Technique.class, row.getString("technique")),
                Codes.optional(Intensity.class, row.getString("intensity")),
                optionalLevel,
                row.getInt("seconds"),
                row.getString("cue"));
    }

    private static void setId(PreparedStatement statement, int index, Optional<? extends Vocabulary> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get().id());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
