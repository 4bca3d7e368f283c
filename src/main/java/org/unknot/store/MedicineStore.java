package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;

/**
 * The pain medicines the user lists, as a record for their clinician. Adding, changing, stopping, deleting and
 * putting a deleted one back are one transaction each; the store holds nothing but the database.
 */
public final class MedicineStore {

    private static final String COLUMNS = "id, name, dose, use, started_on, stopped_on";

    private final Database database;

    public MedicineStore(Database database) {
        this.database = database;
    }

    /** The medicines kept in the same data file as {@code pain}'s ratings. */
    public static MedicineStore beside(PainStore pain) {
        return new MedicineStore(pain.database());
    }

    /** Every medicine: the current ones first, then the stopped ones; each group by start date, newest first. */
    public List<StoredMedicine> list() {
        return database.read(MedicineStore::list);
    }

    static List<StoredMedicine> list(Connection connection) throws SQLException {
        List<StoredMedicine> medicines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM medicine "
                + "ORDER BY stopped_on IS NOT NULL, started_on DESC, name COLLATE NOCASE, id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                medicines.add(medicine(rows));
            }
        }
        return medicines;
    }

    /** Adds {@code medicine} and returns it with its id. */
    public StoredMedicine add(Medicine medicine) {
        return database.inTransaction(connection -> insert(connection, Optional.empty(), medicine));
    }

    /** Writes every field of {@code medicine} over the one with its id; false when that one was deleted meanwhile. */
    public boolean change(StoredMedicine medicine) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE medicine SET name = ?, dose = ?, use = ?, started_on = ?, stopped_on = ? WHERE id = ?")) {
                bind(statement, medicine.medicine());
                statement.setLong(6, medicine.id());
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Sets {@code day} as the stop date; false when the medicine is gone or starts after that day. */
    public boolean stop(long id, LocalDate day) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE medicine SET stopped_on = ? WHERE id = ? AND started_on <= ?")) {
                statement.setString(1, day.toString());
                statement.setLong(2, id);
                statement.setString(3, day.toString());
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Deletes the medicine with {@code id} and returns it whole, so an undo puts it back; empty when it is gone. */
    public Optional<StoredMedicine> delete(long id) {
        return database.inTransaction(connection -> {
            Optional<StoredMedicine> found;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM medicine WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    found = row.next() ? Optional.of(medicine(row)) : Optional.empty();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM medicine WHERE id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
            return found;
        });
    }

    /** Puts a deleted medicine back under its own id. */
    public StoredMedicine restore(StoredMedicine deleted) {
        return database.inTransaction(connection -> insert(connection, Optional.of(deleted.id()), deleted.medicine()));
    }

    /** Whether an as-needed medicine was current on {@code day}, so that day's check-in asks about it. */
    public boolean asNeededOn(LocalDate day) {
        return database.read(connection -> asNeededOn(connection, day));
    }

    /** The as-needed question of {@code day}'s check-in, read at once: whether it is asked and what it answered. */
    public AsNeededAsked askedOn(LocalDate day) {
        return database.read(connection -> {
            Optional<AsNeededAnswer> answer;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT as_needed FROM pain_entry WHERE kind = 'check-in' AND day = ?")) {
                statement.setString(1, day.toString());
                try (ResultSet row = statement.executeQuery()) {
                    answer = row.next() ? PainStore.asNeeded(row) : Optional.empty();
                }
            }
            return new AsNeededAsked(answer.isPresent() || asNeededOn(connection, day), answer);
        });
    }

    static boolean asNeededOn(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM medicine "
                + "WHERE use = 'as-needed' AND started_on <= ? AND (stopped_on IS NULL OR stopped_on >= ?))")) {
            statement.setString(1, day.toString());
            statement.setString(2, day.toString());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getInt(1) == 1;
            }
        }
    }

    static StoredMedicine insert(Connection connection, Optional<Long> id, Medicine medicine)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO medicine (name, dose, use, "
                + "started_on, stopped_on, id) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, medicine);
            statement.setObject(6, id.orElse(null));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new StoredMedicine(keys.getLong(1), medicine);
            }
        }
    }

    private static void bind(PreparedStatement statement, Medicine medicine) throws SQLException {
        statement.setString(1, medicine.name());
        statement.setString(2, medicine.dose());
        statement.setString(3, medicine.use().id());
        statement.setString(4, medicine.startedOn().toString());
        statement.setString(5, medicine.stoppedOn().map(LocalDate::toString).orElse(null));
    }

    private static StoredMedicine medicine(ResultSet row) throws SQLException {
        String stopped = row.getString("stopped_on");
        return new StoredMedicine(row.getLong("id"), new Medicine(row.getString("name"), row.getString("dose"),
                Codes.required(MedicineUse.class, row.getString("use")), LocalDate.parse(row.getString("started_on")),
                stopped == null ? Optional.empty() : Optional.of(LocalDate.parse(stopped))));
    }
}
