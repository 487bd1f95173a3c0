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
        PortalClient.PageEnd end = ChangeStreamReader.keepingAllFields().read(new JsonFactory(),
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
    void keepsOnlyTheFieldsTheKindOfTheRowWants() throws IOException {
        ChangeStreamReader reader = new ChangeStreamReader(kind -> kind.equals("scheduleLine")
                ? RowFields.Wanted.of(List.of("clientName", "period/id")) : RowFields.Wanted.NONE);
        List<ReceivedChange> changes = new ArrayList<>();
        reader.read(new JsonFactory(), stream("{\"changes\":[" + change("scheduleLine", 7, ROW) + ","
                + change("somethingNew", 8, ROW) + "],\"nextCursor\":8,\"hasMore\":false}"), changes::add);

        RowFields line = changes.get(0).fields();
        assertEquals("Zo\u00eb \"Jo\" O\u2019Neil", line.at("/clientName"));
        assertEquals("3", line.at("/period/id"));
        assertNull(line.at("/amount"));
        assertNull(line.at("/period/financialYear"));
        assertNull(changes.get(1).fields().at("/clientName"));
        assertEquals(ROW, changes.get(1).dataJson());
    }

    @Test
    void readsPagesLargerThanItsFirstBufferThenSmallerOnesWithNothingLeftOver() throws IOException {
        ChangeStreamReader reader = ChangeStreamReader.keepingAllFields();
        for (int rows : new int[] {1000, 3, 1}) {
            StringBuilder page = new StringBuilder("{\"changes\":[");
            for (int id = 1; id <= rows; id++) {
                page.append(id == 1 ? "" : ",").append(change("client", id, "{\"id\":" + id + ",\"n\":\"" + "x".repeat(id % 97) + "\"}"));
            }
            List<ReceivedChange> changes = new ArrayList<>();
            PortalClient.PageEnd end = reader.read(new JsonFactory(),
                    stream(page.append("],\"nextCursor\":").append(rows).append(",\"hasMore\":false}").toString()),
                    changes::add);

            assertEquals(rows, end.changes());
            assertEquals(rows, end.nextCursor());
            assertEquals("{\"id\":" + rows + ",\"n\":\"" + "x".repeat(rows % 97) + "\"}",
                    changes.get(rows - 1).dataJson());
        }
    }

    private static String change(String kind, long id, String data) {
        return "{\"kind\":\"" + kind + "\",\"id\":" + id + ",\"version\":" + id + ",\"deleted\":false,\"data\":"
                + data + "}";
    }

    private static ByteArrayInputStream stream(String page) {
        return new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8));
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
