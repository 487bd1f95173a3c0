package org.providerdesk.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * H2 files write every commit at once (a killed server loses nothing it acknowledged: CrashRecoveryTest), and
 * each connection keeps the feed's parsed queries.
 */
class DurableH2Test {

    @Test
    void anH2FileWritesEachCommitAtOnce() {
        assertEquals("jdbc:h2:file:/srv/portal;WRITE_DELAY=0", Database.durableH2("jdbc:h2:file:/srv/portal"));
    }

    @Test
    void aWriteDelayTheUrlAsksForAndInMemoryDatabasesAreLeftAlone() {
        assertEquals("jdbc:h2:file:/srv/portal;write_delay=500",
                Database.durableH2("jdbc:h2:file:/srv/portal;write_delay=500"));
        assertEquals("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", Database.durableH2("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void eachConnectionKeepsEnoughParsedQueriesForAPageOfTheFeed() throws Exception {
        try (Database database = Database.open("jdbc:h2:mem:query-cache;DB_CLOSE_DELAY=-1", "sa", "");
                java.sql.Connection connection = database.connection();
                java.sql.ResultSet setting = connection.createStatement().executeQuery("SELECT SETTING_VALUE FROM "
                        + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            setting.next();
            assertEquals(Database.H2_QUERY_CACHE, setting.getInt(1));
        }
        assertEquals("jdbc:h2:mem:x;query_cache_size=4", Database.withQueryCache("jdbc:h2:mem:x;query_cache_size=4"));
    }
}
