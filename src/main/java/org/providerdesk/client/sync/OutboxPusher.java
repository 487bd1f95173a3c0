package org.providerdesk.client.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.DeskCommand;

/**
 * Sends the outbox in order, each typed command turned into its HTTP request only now. Network errors, 5xx, 429 and downtime: the command waits and is retried with
 * growing pauses, and nothing after it goes first. Business refusals (409, 412, 422 and other 4xx): the command
 * is kept with the portal's reason for the user to change or discard, and the rest carry on.
 */
public final class OutboxPusher {

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    private final PortalClient client;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json = JsonMapping.lenient();

    public OutboxPusher(PortalClient client, Outbox outbox, Clock clock) {
        this.client = client;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a push did, and why it stopped early if it did. */
    public record Pushed(int sent, int refused, boolean portalUnavailable, boolean signedOut) {
    }

    public Pushed push() {
        int sent = 0;
        int refused = 0;
        while (true) {
            Optional<Outbox.Item> next = outbox.nextDue(clock.instant());
            if (next.isEmpty()) {
                return new Pushed(sent, refused, false, false);
            }
            Outbox.Item item = next.get();
            DeskCommand.HttpCall call;
            try {
                call = Commands.read(item).call();
            } catch (RuntimeException unreadable) {
                outbox.markRefused(item.id(), "{\"detail\":\"This change cannot be read any more. Please discard it "
                        + "and make it again.\"}");
                refused++;
                continue;
            }
            try {
                client.sendCommand(call.method(), call.path(), Commands.requestJson(call), item.idempotencyKey(),
                        call.ifMatch());
                outbox.markSent(item.id(), clock.instant());
                sent++;
            } catch (PortalUnreachableException e) {
                retryLater(item, "The portal did not answer.");
                return new Pushed(sent, refused, true, false);
            } catch (PortalException e) {
                if (e.status() == 401) {
                    return new Pushed(sent, refused, false, true);
                }
                if (isTemporary(e.status(), item.attempts())) {
                    retryLater(item, e.getMessage());
                    return new Pushed(sent, refused, true, false);
                }
                outbox.markRefused(item.id(), problemJson(e));
                refused++;
            }
        }
    }

    /** After this many 500s a command is handed to the user instead of holding up everything behind it. */
    static final int TRIES_BEFORE_GIVING_UP_ON_500 = 3;

    /**
     * Busy, down or in downtime (502, 503, 504, 429, 408) is always worth waiting for. A 500 may be a fault this
     * very command triggers every time: after a few tries it is shown to the user like a refusal.
     */
    static boolean isTemporary(int status, int attemptsSoFar) {
        if (status == 500) {
            return attemptsSoFar + 1 < TRIES_BEFORE_GIVING_UP_ON_500;
        }
        return status > 500 || status == 429 || status == 408;
    }

    /** 2 s, 4 s, 8 s, ... up to 5 minutes. */
    static Duration pauseAfter(int attempts) {
        long seconds = FIRST_RETRY.toSeconds() << Math.min(attempts, 16);
        return seconds > LONGEST_RETRY.toSeconds() ? LONGEST_RETRY : Duration.ofSeconds(seconds);
    }

    private void retryLater(Outbox.Item item, String reason) {
        Instant next = clock.instant().plus(pauseAfter(item.attempts()));
        outbox.markForRetry(item.id(), reason, next);
    }

    private String problemJson(PortalException e) {
        try {
            return json.writeValueAsString(e.problem());
        } catch (JsonProcessingException impossible) {
            return "{\"detail\":\"" + e.getMessage().replace("\"", "'") + "\"}";
        }
    }
}
