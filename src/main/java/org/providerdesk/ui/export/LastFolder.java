package org.providerdesk.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder the user last saved an export in, kept in a small file in the app-data folder so the next "Download
 * Data" starts there. A folder that has since gone is forgotten.
 */
public final class LastFolder {

    private final Path file;

    /** @param file such as {@code <app data>/settings/export-folder.txt} */
    public LastFolder(Path file) {
        this.file = file;
    }

    public Optional<Path> get() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path folder = Path.of(Files.readString(file, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder; a failure to write only means it is not remembered. */
    public void set(Path folder) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, folder.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // not remembered: the next save starts in the default folder
        }
    }
}
