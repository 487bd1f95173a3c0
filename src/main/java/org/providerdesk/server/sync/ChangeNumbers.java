package org.providerdesk.server.sync;

import org.providerdesk.server.db.Jdbc;

/**
 * Hands out change numbers. Must be called inside a transaction: the counter row stays locked until it commits,
 * so writing transactions commit in the order of their numbers (no reader can skip a late commit).
 */
public final class ChangeNumbers {

    private final Jdbc jdbc;

    public ChangeNumbers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the first of {@code count} consecutive new change numbers */
    public long take(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        jdbc.update("UPDATE change_counter SET last_value = last_value + ? WHERE id = 1", count);
        long last = jdbc.first("SELECT last_value FROM change_counter WHERE id = 1", row -> row.getLong(1))
                .orElseThrow();
        return last - count + 1;
    }

    public long next() {
        return take(1);
    }

    /** The newest change number handed out, for a client that wants to start from now. */
    public long latest() {
        return jdbc.first("SELECT last_value FROM change_counter WHERE id = 1", row -> row.getLong(1)).orElse(0L);
    }
}
