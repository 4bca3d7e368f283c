package org.unknot.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a prepared statement. */
@FunctionalInterface
interface StatementBinder {
    void bind(PreparedStatement statement) throws SQLException;
}
