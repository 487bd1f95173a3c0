package org.providerdesk.client.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.client.RowFields;

/**
 * How each synced kind is kept in its own table (see {@code V2__typed_tables.sql}, {@code V7} and {@code V8}): the
 * columns the screens query by, each taken from the row's scalar fields ({@link RowFields}), then the JSON itself.
 */
final class CachedKinds {

    /** How a column is taken from the row. */
    enum Type { BIGINT, INT, TEXT, DATE, TIMESTAMP, SEARCH }

    /**
     * A typed column: the field(s) of the row it is taken from, as JSON pointers of one or two steps. A
     * {@code SEARCH} column is the lower-cased text of all its fields, for the text filters.
     */
    record Column(String name, Type type, List<String> keys) {

        Column(String name, Type type, String... pointers) {
            this(name, type, java.util.Arrays.stream(pointers).map(RowFields::key).toList());
        }
    }

    /** How a kind's table is keyed: by provider and id, or by id alone (see {@code V7}). */
    enum Key {
        PROVIDER_AND_ID("provider_id, id"),
        ID("id");

        private final String columns;

        Key(String columns) {
            this.columns = columns;
        }
    }

    /** One kind's table, written and deleted with the row in the same transaction. The SQL is made once here. */
    static final class Kind {
        private final String kind;
        private final String table;
        private final List<Column> columns;
        private final String mergeSql;
        private final String deleteSql;
        private final RowFields.Wanted fieldsRead;

        Kind(String kind, String table, Key key, List<Column> columns) {
            this.kind = kind;
            this.table = table;
            this.columns = List.copyOf(columns);
            String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
            String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
            this.mergeSql = "MERGE INTO " + table + " (provider_id, id, version, " + (names.isEmpty() ? "" : names + ", ")
                    + "data) KEY (" + key.columns + ") VALUES (?, ?, ?, " + (marks.isEmpty() ? "" : marks + ", ") + "?)";
            this.deleteSql = "DELETE FROM " + table + " WHERE provider_id = ? AND id = ?";
            this.fieldsRead = RowFields.Wanted.of(columns.stream().flatMap(column -> column.keys().stream()).toList());
        }

        Kind(String kind, String table, List<Column> columns) {
            this(kind, table, Key.PROVIDER_AND_ID, columns);
        }

        String kind() {
            return kind;
        }

        String table() {
            return table;
        }

        List<Column> columns() {
            return columns;
        }

        /** The fields of the row that the columns are taken from. */
        RowFields.Wanted fieldsRead() {
            return fieldsRead;
        }

        String mergeSql() {
            return mergeSql;
        }

        String deleteSql() {
            return deleteSql;
        }

        /** Binds one row: provider, id, version, the typed columns, then the JSON. */
        void bind(PreparedStatement merge, long providerId, long id, long version, RowFields row, String json)
                throws SQLException {
            merge.setLong(1, providerId);
            merge.setLong(2, id);
            merge.setLong(3, version);
            int index = 4;
            for (Column column : columns) {
                bindColumn(merge, index++, column, row);
            }
            merge.setString(index, json);
        }
    }

    private static final List<Kind> KINDS = List.of(
            kind(SyncKinds.CLIENT, "c_client", text("council_reference", "/councilReference"),
                    search("/firstName", "/lastName", "/councilReference")),
            kind(SyncKinds.LINE_ITEM, "c_line_item", new Column("client_id", Type.BIGINT, "/clientId"),
                    new Column("start_date", Type.DATE, "/startDate"), new Column("end_date", Type.DATE, "/endDate")),
            kind(SyncKinds.ACTION, "c_action", new Column("client_id", Type.BIGINT, "/clientId"),
                    new Column("line_item_id", Type.BIGINT, "/lineItemId"), text("status", "/status"),
                    new Column("due_date", Type.DATE, "/dueDate"),
                    new Column("last_activity_at", Type.TIMESTAMP, "/lastActivityAt")),
            kind(SyncKinds.ACTION_COMMENT, "c_action_comment", new Column("action_id", Type.BIGINT, "/actionId"),
                    new Column("created_at", Type.TIMESTAMP, "/createdAt")),
            kind(SyncKinds.PERIOD, "c_period", new Column("financial_year", Type.INT, "/financialYear"),
                    new Column("number", Type.INT, "/number"), new Column("start_date", Type.DATE, "/startDate")),
            kind(SyncKinds.SCHEDULE, "c_schedule", new Column("period_id", Type.BIGINT, "/period/id"),
                    new Column("financial_year", Type.INT, "/period/financialYear"), text("status", "/status")),
            new Kind(SyncKinds.SCHEDULE_LINE, "c_schedule_line", Key.ID, List.of(
                    new Column("schedule_id", Type.BIGINT, "/scheduleId"),
                    new Column("client_id", Type.BIGINT, "/clientId"),
                    new Column("line_item_id", Type.BIGINT, "/lineItemId"), text("status", "/status"),
                    search("/clientName", "/clientReference"))),
            kind(SyncKinds.PAYMENT_RUN, "c_payment_run", new Column("period_id", Type.BIGINT, "/periodId"),
                    new Column("finalised_on", Type.DATE, "/finalisedOn")),
            new Kind(SyncKinds.REMITTANCE_LINE, "c_remittance_line", Key.ID, List.of(
                    new Column("run_id", Type.BIGINT, "/runId"), new Column("period_id", Type.BIGINT, "/periodId"),
                    new Column("client_id", Type.BIGINT, "/clientId"), text("status", "/status"))),
            kind(SyncKinds.NOTICE, "c_notice", new Column("starts_at", Type.TIMESTAMP, "/startsAt")),
            kind(SyncKinds.ORGANISATION, "c_organisation"),
            kind(SyncKinds.CONTACT, "c_contact", text("name", "/name")));

    private static final Map<String, Kind> BY_NAME = KINDS.stream()
            .collect(Collectors.toUnmodifiableMap(Kind::kind, Function.identity()));

    private CachedKinds() {
    }

    static List<Kind> all() {
        return KINDS;
    }

    /** The table of a kind, or empty for a kind this desktop does not know (kept in {@code synced_row}). */
    static Optional<Kind> of(String kind) {
        return Optional.ofNullable(BY_NAME.get(kind));
    }

    /** The table a reader queries: fails for a kind with no table, which is a programming error. */
    static String table(String kind) {
        return of(kind).orElseThrow(() -> new IllegalArgumentException("No cache table for " + kind)).table();
    }

    private static Kind kind(String kind, String table, Column... columns) {
        return new Kind(kind, table, List.of(columns));
    }

    private static Column text(String name, String pointer) {
        return new Column(name, Type.TEXT, pointer);
    }

    private static Column search(String... pointers) {
        return new Column("search_text", Type.SEARCH, pointers);
    }

    private static void bindColumn(PreparedStatement statement, int index, Column column, RowFields row)
            throws SQLException {
        if (column.type() == Type.SEARCH) {
            statement.setString(index, searchText(column.keys(), row));
            return;
        }
        String value = row.byKey(column.keys().get(0));
        boolean absent = value == null;
        try {
            switch (column.type()) {
                case BIGINT -> {
                    if (absent) {
                        statement.setNull(index, Types.BIGINT);
                    } else {
                        statement.setLong(index, wholeNumber(value));
                    }
                }
                case INT -> {
                    if (absent) {
                        statement.setNull(index, Types.INTEGER);
                    } else {
                        statement.setInt(index, Math.toIntExact(wholeNumber(value)));
                    }
                }
                case TEXT -> statement.setString(index, value);
                case DATE -> statement.setObject(index, absent ? null : LocalDate.parse(value), Types.DATE);
                case TIMESTAMP -> statement.setObject(index, absent ? null
                        : OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                default -> throw new IllegalStateException("unreachable: " + column.type());
            }
        } catch (RuntimeException unreadable) {
            throw new SQLException("A synced row's " + column.name() + " is not a " + column.type(), unreadable);
        }
    }

    /** The lower-cased text of the fields, space-separated, for a "contains" filter. */
    private static String searchText(List<String> keys, RowFields row) {
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            String value = row.byKey(key);
            if (value != null) {
                text.append(text.isEmpty() ? "" : " ").append(value);
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static long wholeNumber(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notPlain) {
            return new java.math.BigDecimal(text).longValueExact();
        }
    }
}
