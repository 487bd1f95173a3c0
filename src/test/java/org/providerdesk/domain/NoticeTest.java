package org.providerdesk.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private final Instant start = Instant.parse("2026-11-28T18:00:00Z");
    private final Instant end = Instant.parse("2026-11-30T07:00:00Z");
    private final Notice downtime = new Notice(1, "Planned downtime", "Offline", start, end, true);

    @Test
    void downtimeBlocksLoginFromItsStartUntilItsEnd() {
        assertFalse(downtime.blocksLoginAt(start.minusSeconds(1)));
        assertTrue(downtime.blocksLoginAt(start));
        assertTrue(downtime.blocksLoginAt(end.minusSeconds(1)));
        assertFalse(downtime.blocksLoginAt(end));
    }

    @Test
    void otherNoticesNeverBlockLogin() {
        Notice news = new Notice(2, "News", "Rates", start, end, false);

        assertFalse(news.blocksLoginAt(start.plusSeconds(60)));
    }

    @Test
    void aNoticeWithoutEndStaysVisible() {
        Notice news = new Notice(3, "News", "Rates", start, null, false);

        assertTrue(news.isVisibleAt(start.plusSeconds(365L * 24 * 3600)));
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Notice(4, "x", "y", end, start, true));
    }
}
