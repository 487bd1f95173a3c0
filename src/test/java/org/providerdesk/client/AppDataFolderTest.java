package org.providerdesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDataFolderTest {

    @Test
    void usesAppDataOnWindows() {
        assertEquals(Path.of("C:/Users/helen/AppData/Roaming", "ProviderDesk"), AppDataFolder.resolve(null,
                "Windows 11", "C:/Users/helen", Map.of("APPDATA", "C:/Users/helen/AppData/Roaming")));
    }

    @Test
    void usesApplicationSupportOnMac() {
        assertEquals(Path.of("/Users/helen/Library/Application Support/ProviderDesk"),
                AppDataFolder.resolve(null, "Mac OS X", "/Users/helen", Map.of()));
    }

    @Test
    void followsXdgElsewhere() {
        assertEquals(Path.of("/data/provider-desk"),
                AppDataFolder.resolve(null, "Linux", "/home/helen", Map.of("XDG_DATA_HOME", "/data")));
        assertEquals(Path.of("/home/helen/.local/share/provider-desk"),
                AppDataFolder.resolve(null, "Linux", "/home/helen", Map.of()));
    }

    @Test
    void anOverrideWins() {
        assertEquals(Path.of("/tmp/desk"), AppDataFolder.resolve("/tmp/desk", "Windows 11", "C:/x", Map.of()));
    }
}
