package org.hoctap.shared.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection: a read, or a write inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
