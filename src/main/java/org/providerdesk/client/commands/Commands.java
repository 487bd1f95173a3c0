package org.providerdesk.client.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.cache.Outbox;

/**
 * The typed face of the outbox: a command is stored by kind and JSON, loads back as its record (a refused one
 * to reopen in its form), and is edited and sent again under a new idempotency key.
 */
public final class Commands {

    /** A stored command with where it is in the outbox. */
    public record Stored(Outbox.Item item, DeskCommand command) {
    }

    private static final Map<String, Class<? extends DeskCommand>> KINDS = Map.of(
            "raiseAction", RaiseAction.class,
            "replyToAction", ReplyToAction.class,
            "confirmSchedule", ConfirmSchedule.class,
            "rejectSchedule", RejectSchedule.class,
            "submitActuals", SubmitActuals.class);

    private static final ObjectMapper JSON = JsonMapping.lenient();

    private final Outbox outbox;

    public Commands(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores the command before anything else happens; the sync sends it. */
    public Outbox.Item submit(DeskCommand command, Instant now) {
        return outbox.enqueue(new Outbox.Command(command.providerId(), command.description(), kindOf(command),
                json(command)), now);
    }

    /** The command of an outbox item, as its record. */
    public Optional<DeskCommand> load(long outboxId) {
        return outbox.find(outboxId).map(Commands::read);
    }

    /**
     * Sends a refused command again with the user's changes (or as it was). The body may differ from what the
     * portal saw, so it goes under a new idempotency key. Only a refused command of the same kind can be edited.
     */
    public void editAndResend(long outboxId, DeskCommand changed, Instant now) {
        Outbox.Item item = outbox.find(outboxId).orElseThrow(() -> new IllegalArgumentException("No such command"));
        if (item.state() != Outbox.State.REFUSED) {
            throw new IllegalStateException("Only a refused command is edited; this one is " + item.state());
        }
        if (!item.kind().equals(kindOf(changed))) {
            throw new IllegalArgumentException("A " + item.kind() + " cannot become a " + kindOf(changed));
        }
        outbox.resend(outboxId, changed.description(), json(changed), now);
    }

    /** A provider's commands the cache does not show yet: not sent, refused, or sent after {@code lastSync}. */
    public List<Stored> notYetSynced(long providerId, Instant lastSync) {
        return outbox.notYetSynced(providerId, lastSync).stream().map(item -> new Stored(item, read(item))).toList();
    }

    /** Reads a stored command. */
    public static DeskCommand read(Outbox.Item item) {
        Class<? extends DeskCommand> type = KINDS.get(item.kind());
        if (type == null) {
            throw new IllegalStateException("Unknown command kind " + item.kind());
        }
        try {
            return JSON.readValue(item.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + item.kind() + " cannot be read", e);
        }
    }

    static String kindOf(DeskCommand command) {
        return KINDS.entrySet().stream().filter(entry -> entry.getValue() == command.getClass()).findFirst()
                .orElseThrow().getKey();
    }

    /** The JSON body of a command's request. */
    public static String requestJson(DeskCommand.HttpCall call) {
        try {
            return JSON.writeValueAsString(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An api record always serialises", e);
        }
    }

    private static String json(DeskCommand command) {
        try {
            return JSON.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A command always serialises", e);
        }
    }
}
