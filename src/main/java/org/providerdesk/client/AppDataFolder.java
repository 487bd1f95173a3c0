package org.providerdesk.client;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Provider Desk keeps its files: Windows {@code %APPDATA%\ProviderDesk}, macOS
 * {@code ~/Library/Application Support/ProviderDesk}, elsewhere {@code $XDG_DATA_HOME/provider-desk} (or
 * {@code ~/.local/share/provider-desk}). {@code -Dproviderdesk.dataDir=...} overrides it (tests, portable use).
 */
public final class AppDataFolder {

    public static final String OVERRIDE_PROPERTY = "providerdesk.dataDir";

    private AppDataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> environment) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, "ProviderDesk")
                    : Path.of(home, "AppData", "Roaming", "ProviderDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ProviderDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "provider-desk")
                : Path.of(home, ".local", "share", "provider-desk");
    }
}
