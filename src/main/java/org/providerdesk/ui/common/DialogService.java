package org.providerdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages a screen puts to the user in a window of their own. View models call it; the
 * desktop shows JavaFX dialogs ({@link FxDialogService}); tests answer with a recording fake. Views never make
 * an {@code Alert} themselves.
 */
public interface DialogService {

    /**
     * A question with two answers.
     *
     * @param title       "Discard this change?"
     * @param question    the whole question, in words
     * @param doIt        the button that goes ahead, such as "Discard"
     * @param keep        the button that leaves things as they are, such as "Keep it"
     * @param destructive true when going ahead cannot be undone: then "keep" is the default button
     */
    record Confirmation(String title, String question, String doIt, String keep, boolean destructive) {
    }

    /**
     * @param title         "Save the remittance advice"
     * @param suggestedName "Remittance 2026-11-23.pdf"
     * @param kind          what the file is, such as "PDF document"
     * @param extension     without the dot, such as "pdf"
     */
    record SaveFile(String title, String suggestedName, String kind, String extension, Path folder,
            java.util.List<FileType> otherTypes) {

        /**
         * @param folder     where the chooser starts; null for its default
         * @param otherTypes further types the user may choose instead (the name's extension says which)
         */
        public SaveFile {
            otherTypes = java.util.List.copyOf(otherTypes);
        }

        /** One type of file, in the folder the chooser opens first. */
        public SaveFile(String title, String suggestedName, String kind, String extension) {
            this(title, suggestedName, kind, extension, null, java.util.List.of());
        }
    }

    /** A kind of file a save dialog offers: "CSV file", "csv". */
    record FileType(String kind, String extension) {
    }

    /** @return true when the user chose {@code doIt} */
    boolean confirm(Confirmation confirmation);

    /** Something the user should read and acknowledge. */
    void tell(String title, String message);

    /**
     * A failure, in words, with "Copy diagnostic details" (version, OS, Java, time, the failure's classes and
     * stack frames, never its message).
     *
     * @param failure may be null when there is nothing technical to tell
     */
    void error(String title, String message, Throwable failure);

    /** @return where to save, or empty when the user cancelled */
    Optional<Path> chooseFileToSave(SaveFile request);

    /** @return the folder chosen, or empty when the user cancelled */
    Optional<Path> chooseFolder(String title);
}
