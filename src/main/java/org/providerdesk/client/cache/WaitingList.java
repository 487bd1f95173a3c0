package org.providerdesk.client.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is waiting to send, kept beside the encrypted file in words that hold no personal data: only the kind of
 * each change and when it was made (never a title, a text or a name). It lets the app say what would be lost when
 * nobody knows the password that opens the cache any more (it was changed on another computer).
 */
public final class WaitingList {

    static final String FILE = "waiting.txt";

    /** A change waiting to send: its kind (as {@code client.commands} names it) and when the user made it. */
    public record Entry(String kind, Instant madeAt) {

        /** The change in words: "a new action", "a reply to an action", ... */
        public String words() {
            return WORDS.getOrDefault(kind, "a change");
        }
    }

    private static final Map<String, String> WORDS = Map.of(
            "raiseAction", "a new action",
            "replyToAction", "a reply to an action",
            "confirmSchedule", "confirming a payment schedule",
            "rejectSchedule", "rejecting a payment schedule",
            "submitActuals", "actual hours for a payment schedule");

    private WaitingList() {
    }

    /** Rewrites the list from the outbox's waiting items (atomically: a reader sees the old or the new list). */
    static void write(Path folder, List<Outbox.Item> waiting) {
        StringBuilder text = new StringBuilder();
        for (Outbox.Item item : waiting) {
            text.append(item.kind()).append('\t').append(item.createdAt().toEpochMilli()).append('\n');
        }
        try {
            Path temporary = folder.resolve(FILE + ".new");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CacheFailedException("The list of changes waiting to send could not be saved.", e);
        }
    }

    /** The list kept in {@code folder}; empty when there is none. */
    public static List<Entry> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.add(new Entry(line.substring(0, tab),
                            Instant.ofEpochMilli(Long.parseLong(line.substring(tab + 1).trim()))));
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new CacheFailedException("The list of changes waiting to send could not be read.", e);
        }
        return entries;
    }
}
