package org.providerdesk.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** H2 files write every commit at once (a killed server loses nothing it acknowledged: CrashRecoveryTest). */
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
}
