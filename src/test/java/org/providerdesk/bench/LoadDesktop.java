package org.providerdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.providerdesk.domain.ActionType;
import org.providerdesk.api.ActualsRequest;
import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.api.ReplyRequest;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.commands.ConfirmSchedule;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.commands.RaiseAction;
import org.providerdesk.client.commands.ReplyToAction;
import org.providerdesk.client.commands.SubmitActuals;
import org.providerdesk.server.demo.DemoUsers;

/**
 * One simulated desktop of the load benchmark, doing what the real one does through the real client library: log
 * in (password, then the code from the demo inbox), pull the changes feed, and send commands (raise an action,
 * reply, confirm a schedule, submit actual hours) with an Idempotency-Key that stays the same on every retry.
 * Every call ends before the deadline it was given; the loop is bounded by it.
 */
final class LoadDesktop implements Runnable {

    private static final ObjectMapper JSON = JsonMapping.lenient();
    private static final int MAX_TRIES = 6;
    private static final int CHANGES_PAGE = 500;

    /** A schedule as the desktop's cache knows it: its version (the ETag), status and, for home care, lines. */
    private record KnownSchedule(long id, long version, String status) {
    }

    private final int number;
    private final String email;
    private final long providerId;
    private final long startAtNanos;
    private final long endAtNanos;
    private final long thinkMillis;
    private final LoadTally tally;
    private final PortalClient client;
    private final Random random;
    private long cursor;
    private final Map<Long, KnownSchedule> schedules = new HashMap<>();
    private final Map<Long, List<JsonNode>> scheduleLines = new HashMap<>();
    private final List<Long> clients = new ArrayList<>();
    private final List<Long> ownActions = new ArrayList<>();
    private int written;

    /**
     * @param servers the servers' base addresses; with more than one, calls take turns between them (a session
     *                made on one must work on the other)
     */
    LoadDesktop(int number, String email, long providerId, List<String> servers, long startAtNanos, long endAtNanos,
            long thinkMillis, LoadTally tally) {
        this.number = number;
        this.email = email;
        this.providerId = providerId;
        this.startAtNanos = startAtNanos;
        this.endAtNanos = endAtNanos;
        this.thinkMillis = thinkMillis;
        this.tally = tally;
        this.random = new Random(number);
        List<HttpUrl> urls = servers.stream().map(HttpUrl::get).toList();
        int[] turn = {number};
        Supplier<HttpUrl> next = () -> urls.get(Math.floorMod(turn[0]++, urls.size()));
        this.client = new PortalClient(next);
    }

    @Override
    public void run() {
        try {
            sleepUntil(startAtNanos);
            if (!logIn()) {
                return;
            }
            sync();
            while (System.nanoTime() < endAtNanos) {
                think();
                if (System.nanoTime() >= endAtNanos) {
                    break;
                }
                step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            tally.failure("desktop " + number + " stopped: " + e);
        }
    }

    private void step() {
        int roll = random.nextInt(100);
        if (roll < 40 || clients.isEmpty()) {
            sync();
        } else if (roll < 65 || ownActions.isEmpty()) {
            raiseAction();
        } else if (roll < 85) {
            reply();
        } else {
            decideSchedule();
        }
    }

    /** Password, code from the demo inbox, session; tried again from the start when the code was not found. */
    private boolean logIn() throws InterruptedException {
        long started = System.nanoTime();
        for (int attempt = 0; attempt < MAX_TRIES && System.nanoTime() < endAtNanos; attempt++) {
            LoginChallenge challenge;
            long call = System.nanoTime();
            try {
                challenge = client.startLogin(email, DemoUsers.PASSWORD);
                tally.loginRequest();
            } catch (RuntimeException e) {
                tally.loginRequest();
                tally.error("login", e);
                Thread.sleep(500L * (attempt + 1));
                continue;
            }
            String code = codeFromInbox();
            if (code == null) {
                continue;
            }
            call = System.nanoTime();
            try {
                client.finishLogin(challenge.attemptId(), code);
                tally.loginRequest();
                tally.login(System.nanoTime() - started);
                return true;
            } catch (RuntimeException e) {
                tally.loginRequest();
                tally.error("login code", e);
            }
        }
        tally.failure("desktop " + number + " could not log in");
        return false;
    }

    private String codeFromInbox() throws InterruptedException {
        for (int look = 0; look < 10; look++) {
            long call = System.nanoTime();
            List<DemoMail> inbox;
            try {
                inbox = client.demoInbox();
                tally.loginRequest();
            } catch (RuntimeException e) {
                tally.loginRequest();
                tally.error("demo inbox", e);
                Thread.sleep(200);
                continue;
            }
            for (DemoMail mail : inbox) {
                if (mail.to().equals(email)) {
                    java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b")
                            .matcher(mail.body());
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** Pulls every page of changes after the cursor, keeping what later commands need. */
    private void sync() {
        for (int page = 0; page < 100; page++) {
            long call = System.nanoTime();
            PortalClient.PageEnd end;
            try {
                end = client.readChanges(providerId, cursor, CHANGES_PAGE, change -> {
                    if (change.deleted() || change.dataJson() == null) {
                        return;
                    }
                    JsonNode data = parse(change.dataJson());
                    switch (change.kind()) {
                        case SyncKinds.CLIENT -> clients.add(change.id());
                        case SyncKinds.SCHEDULE -> schedules.put(change.id(),
                                new KnownSchedule(change.id(), change.version(), data.path("status").asText()));
                        case SyncKinds.SCHEDULE_LINE -> scheduleLines
                                .computeIfAbsent(data.path("scheduleId").asLong(), id -> new ArrayList<>()).add(data);
                        default -> { }
                    }
                });
                tally.request("sync", System.nanoTime() - call);
            } catch (RuntimeException e) {
                tally.request("sync", System.nanoTime() - call);
                tally.error("sync", e);
                return;
            }
            cursor = end.nextCursor();
            if (!end.hasMore()) {
                return;
            }
        }
    }

    private void raiseAction() {
        long clientId = clients.get(random.nextInt(clients.size()));
        String title = "Load " + number + "-" + (++written) + " payment query";
        NewActionRequest request = new NewActionRequest(ActionType.PAYMENT_QUERY, RelatedTo.CLIENT, clientId, null,
                "NASC_PAYMENTS", title, "Raised by the load benchmark.", null);
        String answer = send(new RaiseAction(providerId, request), LoadTally.Kind.ACTION, title);
        if (answer != null) {
            ownActions.add(parse(answer).path("id").asLong());
        }
    }

    private void reply() {
        long actionId = ownActions.get(random.nextInt(ownActions.size()));
        String text = "Load reply " + number + "-" + (++written);
        send(new ReplyToAction(providerId, actionId, new ReplyRequest(text, "NASC_PAYMENTS")),
                LoadTally.Kind.REPLY, text);
    }

    /** Home care submits actual hours on its open schedule; care homes confirm theirs. */
    private void decideSchedule() {
        KnownSchedule open = schedules.values().stream().filter(s -> s.status().equals("UNCONFIRMED"))
                .max(java.util.Comparator.comparingLong(KnownSchedule::id)).orElse(null);
        if (open == null) {
            sync();
            return;
        }
        String etag = "\"" + open.version() + "\"";
        List<JsonNode> lines = scheduleLines.getOrDefault(open.id(), List.of());
        boolean homeCare = lines.stream().anyMatch(line -> !line.path("actualHours").isMissingNode());
        if (homeCare && !lines.isEmpty()) {
            JsonNode line = lines.get(random.nextInt(lines.size()));
            BigDecimal rate = line.path("unitRate").decimalValue();
            BigDecimal hours = rate.signum() == 0 ? BigDecimal.ONE : line.path("contractedProvision").decimalValue()
                    .divide(rate, 2, RoundingMode.DOWN);
            send(new SubmitActuals(providerId, open.id(), etag, new ActualsRequest(List.of(
                    new ActualsRequest.Line(line.path("lineItemId").asLong(), hours)))), LoadTally.Kind.ACTUALS,
                    Long.toString(open.id()));
        } else {
            send(new ConfirmSchedule(providerId, open.id(), etag, new DecisionRequest("Checked by the load desk")),
                    LoadTally.Kind.CONFIRM, Long.toString(open.id()));
        }
        sync();
    }

    /**
     * Sends a command as the outbox does: one key for all its tries; no answer or a 5xx is tried again after a
     * pause, a refusal is not. A 409 or 412 is a stale desktop (someone else decided first), not an error.
     *
     * @return the answer's body once acknowledged, or null
     */
    private String send(DeskCommand command, LoadTally.Kind kind, String marker) {
        String key = UUID.randomUUID().toString();
        DeskCommand.HttpCall call = command.call();
        String body;
        try {
            body = JSON.writeValueAsString(call.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            long started = System.nanoTime();
            try {
                PortalClient.CommandAnswer answer = client.sendCommand(call.method(), call.path(), body, key,
                        call.ifMatch());
                tally.request(kind.name(), System.nanoTime() - started);
                tally.acknowledged(kind, marker, email, key);
                return answer.body();
            } catch (PortalException e) {
                tally.request(kind.name(), System.nanoTime() - started);
                if (e.status() == 409 || e.status() == 412) {
                    tally.conflict();
                    return null;
                }
                tally.error(kind.name(), e);
                if (e.status() < 500) {
                    return null;
                }
            } catch (PortalUnreachableException e) {
                tally.request(kind.name(), System.nanoTime() - started);
                tally.error(kind.name(), e);
            }
            tally.retry();
            try {
                Thread.sleep(200L * (attempt + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        tally.unacknowledged(kind, marker, email);
        return null;
    }

    private void think() throws InterruptedException {
        long pause = thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis);
        long left = (endAtNanos - System.nanoTime()) / 1_000_000;
        Thread.sleep(Math.max(0, Math.min(pause, left)));
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = (nanos - System.nanoTime()) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + e.getMessage());
        }
    }
}
