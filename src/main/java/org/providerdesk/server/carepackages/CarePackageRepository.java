package org.providerdesk.server.carepackages;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ClientView;
import org.providerdesk.api.LineItemView;
import org.providerdesk.domain.CarePackages;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;

/** Clients and line items. Every write takes a change number, so the change shows in the sync feed. */
public final class CarePackageRepository {

    private static final String LINE_ITEM = "SELECT li.id, li.client_id, c.council_reference, c.first_name, "
            + "c.last_name, li.service, li.start_date, li.end_date, li.units, li.unit, li.unit_rate, li.frequency, "
            + "li.contracted_per_period, li.change_no FROM line_item li JOIN client c ON c.id = li.client_id ";

    private final Jdbc jdbc;
    private final ChangeNumbers changeNumbers;

    public CarePackageRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.changeNumbers = new ChangeNumbers(jdbc);
    }

    /** A line item as the council's contracts system creates it. */
    public record NewLineItem(long providerId, long clientId, String service, LocalDate startDate,
            LocalDate endDate, BigDecimal units, String unit, BigDecimal unitRate, String frequency,
            BigDecimal contractedPerPeriod) {
    }

    public long createClient(String councilReference, String firstName, String lastName) {
        return jdbc.inTransaction(() -> jdbc.insert("INSERT INTO client (council_reference, first_name, last_name, "
                + "change_no) VALUES (?, ?, ?, ?)", councilReference, firstName, lastName, changeNumbers.next()));
    }

    /** Adds a line item; the client is touched too, so that a provider new to them receives them in its feed. */
    public long createLineItem(NewLineItem item) {
        return jdbc.inTransaction(() -> {
            long changeNo = changeNumbers.take(2);
            jdbc.update("UPDATE client SET change_no = ? WHERE id = ?", changeNo, item.clientId());
            return jdbc.insert("INSERT INTO line_item (provider_id, client_id, service, start_date, end_date, units, "
                    + "unit, unit_rate, frequency, contracted_per_period, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?)", item.providerId(), item.clientId(), item.service(), item.startDate(),
                    item.endDate(), item.units(), item.unit(), item.unitRate(), item.frequency(),
                    item.contractedPerPeriod(), changeNo + 1);
        });
    }

    public void endLineItem(long lineItemId, LocalDate endDate) {
        jdbc.inTransaction(() -> jdbc.update("UPDATE line_item SET end_date = ?, change_no = ? WHERE id = ?", endDate,
                changeNumbers.next(), lineItemId));
    }

    /**
     * A page of a provider's line items by client name, then newest start first: at most {@code limit}, after the
     * line item {@code afterItem} (null: from the start); historical ones only when asked for. The cursor is the
     * item's id only (a client's name never goes into a URL); its sort key is looked up here.
     *
     * @return empty when {@code afterItem} is not one of the provider's line items
     */
    public Optional<List<LineItemView>> lineItems(long providerId, boolean includeHistorical, LocalDate today,
            Long afterItem, int limit) {
        String where = "WHERE li.provider_id = ? " + (includeHistorical ? ""
                : "AND (li.end_date IS NULL OR li.end_date >= ?) ");
        List<Object> params = new ArrayList<>(List.of(providerId));
        if (!includeHistorical) {
            params.add(today.minusDays(CarePackages.HISTORICAL_AFTER_DAYS));
        }
        if (afterItem != null) {
            Optional<Object[]> key = jdbc.first("SELECT c.last_name, c.first_name, li.start_date FROM line_item li "
                    + "JOIN client c ON c.id = li.client_id WHERE li.provider_id = ? AND li.id = ?",
                    row -> new Object[] {row.getString(1), row.getString(2), row.getObject(3, LocalDate.class)},
                    providerId, afterItem);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            Object[] k = key.get();
            // After (name, newest start first, id): the same name and start with a greater id, or the same name
            // and an earlier start, or a later name.
            where += "AND ((c.last_name, c.first_name) > (?, ?) OR ((c.last_name, c.first_name) = (?, ?) "
                    + "AND (li.start_date < ? OR (li.start_date = ? AND li.id > ?)))) ";
            params.addAll(List.of(k[0], k[1], k[0], k[1], k[2], k[2], afterItem));
        }
        params.add(limit);
        return Optional.of(jdbc.list(LINE_ITEM + where + "ORDER BY c.last_name, c.first_name, li.start_date DESC, "
                + "li.id LIMIT ?", CarePackageRepository::lineItem, params.toArray()));
    }

    public Optional<LineItemView> lineItem(long providerId, long lineItemId) {
        return jdbc.first(LINE_ITEM + "WHERE li.provider_id = ? AND li.id = ?", CarePackageRepository::lineItem,
                providerId, lineItemId);
    }

    /**
     * A page of the clients who have (or had) a line item with the provider, by name: at most {@code limit},
     * after the client {@code afterClient} (null: from the start). @return empty when that is not their client
     */
    public Optional<List<ClientView>> clients(long providerId, Long afterClient, int limit) {
        String select = "SELECT c.id, c.council_reference, c.first_name, c.last_name FROM client c WHERE EXISTS "
                + "(SELECT 1 FROM line_item li WHERE li.client_id = c.id AND li.provider_id = ?) ";
        String order = "ORDER BY c.last_name, c.first_name, c.id LIMIT ?";
        if (afterClient == null) {
            return Optional.of(jdbc.list(select + order, CarePackageRepository::client, providerId, limit));
        }
        return client(providerId, afterClient).map(after -> jdbc.list(select + "AND (c.last_name, c.first_name, "
                + "c.id) > (?, ?, ?) " + order, CarePackageRepository::client, providerId, after.lastName(),
                after.firstName(), after.id(), limit));
    }

    public Optional<ClientView> client(long providerId, long clientId) {
        return jdbc.first("SELECT c.id, c.council_reference, c.first_name, c.last_name FROM client c WHERE c.id = ? "
                + "AND EXISTS (SELECT 1 FROM line_item li WHERE li.client_id = c.id AND li.provider_id = ?)",
                CarePackageRepository::client, clientId, providerId);
    }

    List<ChangedRow<ClientView>> clientsChangedAfter(long providerId, long after, int limit) {
        // Driven from the provider's own line items (indexed), not from every client changed since the cursor:
        // the cursor can sit far below changes made for other providers.
        return jdbc.list("SELECT DISTINCT c.id, c.council_reference, c.first_name, c.last_name, c.change_no "
                + "FROM line_item li JOIN client c ON c.id = li.client_id WHERE li.provider_id = ? "
                + "AND c.change_no > ? ORDER BY c.change_no LIMIT ?",
                row -> new ChangedRow<>(client(row), row.getLong("change_no")), providerId, after, limit);
    }

    List<ChangedRow<LineItemView>> lineItemsChangedAfter(long providerId, long after, int limit) {
        return jdbc.list(LINE_ITEM + "WHERE li.provider_id = ? AND li.change_no > ? ORDER BY li.provider_id, li.change_no LIMIT ?",
                row -> new ChangedRow<>(lineItem(row), row.getLong("change_no")), providerId, after, limit);
    }

    /** A row and its change number. */
    record ChangedRow<T>(T row, long changeNo) {
    }

    private static ClientView client(ResultSet row) throws SQLException {
        return new ClientView(row.getLong("id"), row.getString("council_reference"), row.getString("first_name"),
                row.getString("last_name"));
    }

    private static LineItemView lineItem(ResultSet row) throws SQLException {
        return new LineItemView(row.getLong("id"), row.getLong("client_id"), row.getString("council_reference"),
                row.getString("first_name") + " " + row.getString("last_name"), row.getString("service"),
                row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                row.getBigDecimal("units"), row.getString("unit"), row.getBigDecimal("unit_rate"),
                row.getString("frequency"), row.getBigDecimal("contracted_per_period"));
    }
}
