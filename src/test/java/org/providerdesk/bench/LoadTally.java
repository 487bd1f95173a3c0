package org.providerdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.providerdesk.client.PortalException;
import org.providerdesk.server.db.Jdbc;

/**
 * What the load benchmark's desktops saw: latencies (logins apart), errors, conflicts, and every acknowledged
 * write, which {@link #check} then looks for in the database: exactly once each.
 */
final class LoadTally {

    /** The writes the desktops make. */
    enum Kind { ACTION, REPLY, CONFIRM, ACTUALS }

    /** A write the server acknowledged (or never did, after every retry): {@code marker} finds it in the DB. */
    record Write(Kind kind, String marker, String email, String key) {
    }

    /** What {@link #check} found. */
    record Check(long lost, long duplicated, long checked) {
    }

    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> logins = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> latenciesByCall = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Write> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Write> unacknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    /** A login step's call (password, code, demo inbox): counted, but its time is in {@link #login}. */
    void loginRequest() {
        requests.incrementAndGet();
    }

    /** Any other call, by what it was ("sync", "ACTION", ...), for the percentiles overall and per call. */
    void request(String call, long nanos) {
        requests.incrementAndGet();
        latencies.add(nanos);
        latenciesByCall.computeIfAbsent(call, c -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void login(long nanos) {
        logins.add(nanos);
    }

    void error(String what, RuntimeException e) {
        errors.incrementAndGet();
        String kind = what + " " + (e instanceof PortalException p ? p.status() + " " + p.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        errorKinds.computeIfAbsent(kind.length() > 160 ? kind.substring(0, 160) : kind, k -> new AtomicLong())
                .incrementAndGet();
    }

    void failure(String what) {
        failures.add(what);
    }

    void conflict() {
        conflicts.incrementAndGet();
    }

    void retry() {
        retries.incrementAndGet();
    }

    void acknowledged(Kind kind, String marker, String email, String key) {
        acknowledged.add(new Write(kind, marker, email, key));
    }

    void unacknowledged(Kind kind, String marker, String email) {
        unacknowledged.add(new Write(kind, marker, email, null));
    }

    long requests() {
        return requests.get();
    }

    long errors() {
        return errors.get();
    }

    long conflicts() {
        return conflicts.get();
    }

    long retries() {
        return retries.get();
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    long unacknowledgedCount() {
        return unacknowledged.size();
    }

    int logins() {
        return logins.size();
    }

    double percentileMillis(double fraction) {
        return percentile(latencies, fraction);
    }

    double loginPercentileMillis(double fraction) {
        return percentile(logins, fraction);
    }

    /** "sync: 1234 calls, p50 12.0 ms, p99 150.2 ms", one line per kind of call. */
    List<String> latencySummary() {
        List<String> lines = new ArrayList<>();
        latenciesByCall.forEach((call, nanos) -> lines.add(String.format("%s: %d calls, p50 %.1f ms, p99 %.1f ms",
                call, nanos.size(), percentile(nanos, 0.50), percentile(nanos, 0.99))));
        Collections.sort(lines);
        return lines;
    }

    List<String> errorSummary() {
        List<String> lines = new ArrayList<>();
        errorKinds.forEach((kind, count) -> lines.add(count + " x " + kind));
        lines.addAll(failures.stream().limit(10).toList());
        Collections.sort(lines);
        return lines;
    }

    /**
     * Looks for every acknowledged write in the database. Actions and replies carry a unique text (one row each);
     * actual hours leave one audit event per submission (at least the acknowledged ones, at most those plus the
     * ones never acknowledged); a confirmation leaves its schedule confirmed.
     */
    Check check(Jdbc jdbc) {
        long lost = 0;
        long duplicated = 0;
        ConcurrentHashMap<String, long[]> actualsPerUser = new ConcurrentHashMap<>();
        for (Write write : acknowledged) {
            switch (write.kind()) {
                case ACTION -> {
                    long rows = jdbc.count("SELECT COUNT(*) FROM action WHERE title = ?", write.marker());
                    lost += rows == 0 ? 1 : 0;
                    duplicated += Math.max(0, rows - 1);
                }
                case REPLY -> {
                    long rows = jdbc.count("SELECT COUNT(*) FROM action_comment WHERE text = ?", write.marker());
                    lost += rows == 0 ? 1 : 0;
                    duplicated += Math.max(0, rows - 1);
                }
                case CONFIRM -> lost += jdbc.count("SELECT COUNT(*) FROM payment_schedule WHERE id = ? AND status = "
                        + "'CONFIRMED'", Long.parseLong(write.marker())) == 1 ? 0 : 1;
                case ACTUALS -> actualsPerUser.computeIfAbsent(write.email(), e -> new long[2])[0]++;
            }
        }
        for (Write write : unacknowledged) {
            if (write.kind() == Kind.ACTUALS) {
                actualsPerUser.computeIfAbsent(write.email(), e -> new long[2])[1]++;
            }
        }
        for (var entry : actualsPerUser.entrySet()) {
            long events = jdbc.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_user_id "
                    + "WHERE u.email = ? AND e.action = 'submit actual hours'", entry.getKey());
            long acked = entry.getValue()[0];
            lost += Math.max(0, acked - events);
            duplicated += Math.max(0, events - acked - entry.getValue()[1]);
        }
        return new Check(lost, duplicated, acknowledged.size());
    }

    private static double percentile(ConcurrentLinkedQueue<Long> nanos, double fraction) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
