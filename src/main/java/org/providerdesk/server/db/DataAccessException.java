package org.providerdesk.server.db;

import java.sql.SQLException;

/** A database failure that callers cannot fix; it ends the request with a 500 and is logged without data. */
public final class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
