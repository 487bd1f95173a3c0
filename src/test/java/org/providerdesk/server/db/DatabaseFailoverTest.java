package org.providerdesk.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.providerdesk.testing.TestDatabases;

/** A connection cut under the pool (as by a failover) is replaced, not handed to a request. */
class DatabaseFailoverTest {

    @Test
    void connectionsCutByTheDatabaseAreReplacedBeforeUse() throws Exception {
        assumeTrue(TestDatabases.onPostgres(), "PostgreSQL can cut its clients' connections; H2 in memory cannot");
        String[] db = TestDatabases.fresh();
        try (Database database = Database.open(db[0], db[1], db[2])) {
            Jdbc jdbc = database.jdbc();
            for (int i = 0; i < 5; i++) {
                assertEquals(1, jdbc.count("SELECT 1"));
            }
            try (Connection admin = DriverManager.getConnection(db[0], db[1], db[2]);
                    Statement statement = admin.createStatement()) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        + "datname = current_database() AND pid <> pg_backend_pid()");
            }
            // HikariCP skips the check for a connection used in the last half second; these were not.
            Thread.sleep(1000);

            for (int i = 0; i < 5; i++) {
                assertEquals(1, jdbc.count("SELECT 1"), "after the cut, attempt " + i);
            }
        }
    }
}
