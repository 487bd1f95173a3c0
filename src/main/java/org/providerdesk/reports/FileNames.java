package org.providerdesk.reports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Suggested file names that every desktop accepts: no characters Windows or macOS refuse ({@code <>:"/\|?*},
 * control characters), no trailing dot or space, no reserved Windows device name, not too long. Letters with
 * accents and apostrophes stay ("Siân O'Brien" is a fine name for a file).
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private FileNames() {
    }

    static String suggested(String title, String extension) {
        String name = Normalizer.normalize(title, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch < 0x20 || ch == 0x7f || "<>:\"/\\|?*".indexOf(ch) >= 0) {
                clean.append(ch == '/' || ch == '\\' ? "-" : ch == ':' || ch == '|' ? " - " : " ");
            } else {
                clean.append(ch);
            }
        }
        String result = clean.toString().replaceAll("\\s+", " ").strip();
        if (result.length() > MAX_LENGTH) {
            result = result.substring(0, MAX_LENGTH).strip();
        }
        result = result.replaceAll("[. ]+$", "").replaceAll("^[. ]+", "");
        if (result.isEmpty()) {
            result = "Report";
        }
        String stem = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            result = "Report " + result;
        }
        return result + "." + extension;
    }
}
