package org.providerdesk.server.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    @Test
    void gzipIsUsedWhenTheClientListsIt() {
        assertTrue(JsonPageWriter.acceptsGzip("gzip"));
        assertTrue(JsonPageWriter.acceptsGzip("br, gzip;q=0.8, deflate"));
        assertTrue(JsonPageWriter.acceptsGzip("GZIP"));
        assertTrue(JsonPageWriter.acceptsGzip("x-gzip"));
    }

    @Test
    void gzipIsNotUsedWhenTheClientDoesNotListItOrRefusesIt() {
        assertFalse(JsonPageWriter.acceptsGzip(null));
        assertFalse(JsonPageWriter.acceptsGzip("identity"));
        assertFalse(JsonPageWriter.acceptsGzip("br, deflate"));
        assertFalse(JsonPageWriter.acceptsGzip("gzip;q=0"));
        assertFalse(JsonPageWriter.acceptsGzip("gzip; q=0.0, identity"));
    }
}
