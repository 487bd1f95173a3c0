package org.providerdesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeStreamReaderTest {

    private static final String ROW = "{\"id\":7,\"amount\":12.50,\"clientName\":\"Zo\\u00eb \\\"Jo\\\" O\u2019Neil\","
            + "\"period\":{\"id\":3,\"financialYear\":2026,\"deeper\":{\"x\":1}},\"tags\":[1,2],\"endDate\":null}";

    private static List<ReceivedChange> read(String page) throws IOException {
        List<ReceivedChange> changes = new ArrayList<>();
        PortalClient.PageEnd end = ChangeStreamReader.read(new JsonFactory(),
                new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), changes::add);
        assertEquals(changes.size(), end.changes());
        return changes;
    }

    @Test
    void keepsEachRowAsTheServerWroteItAndPicksUpItsScalarFields() throws IOException {
        List<ReceivedChange> changes = read("{\"changes\":[{\"kind\":\"scheduleLine\",\"id\":7,\"version\":41,"
                + "\"deleted\":false,\"data\":" + ROW + "},{\"kind\":\"client\",\"id\":9,\"version\":42,"
                + "\"deleted\":true}],\"nextCursor\":42,\"hasMore\":true}");

        ReceivedChange line = changes.get(0);
        assertEquals(ROW, line.dataJson());
        assertEquals("12.50", line.fields().at("/amount"));
        assertEquals("Zo\u00eb \"Jo\" O\u2019Neil", line.fields().at("/clientName"));
        assertEquals("3", line.fields().at("/period/id"));
        assertEquals("2026", line.fields().at("/period/financialYear"));
        assertNull(line.fields().at("/endDate"));
        assertNull(line.fields().at("/tags"));
        assertEquals("3", RowFields.of(ROW).at("/period/id"));
        ReceivedChange tombstone = changes.get(1);
        assertTrue(tombstone.deleted());
        assertNull(tombstone.dataJson());
        assertNull(tombstone.fields());
    }

    @Test
    void aPageCutShortIsNotAPage() {
        String whole = "{\"changes\":[{\"kind\":\"client\",\"id\":7,\"version\":1,\"deleted\":false,\"data\":" + ROW
                + "}],\"nextCursor\":1,\"hasMore\":false}";
        for (int cut : new int[] {whole.indexOf("\"data\"") + 20, whole.indexOf("nextCursor") - 2,
                whole.length() - 1}) {
            assertThrows(IOException.class, () -> read(whole.substring(0, cut)));
        }
    }
}
