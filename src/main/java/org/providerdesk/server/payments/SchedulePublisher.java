package org.providerdesk.server.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.PublishedPeriod;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.domain.Suspension;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.ServerParts;

/**
 * The council publishing a period: an unconfirmed schedule for every provider with line items running in the
 * period, one line per line item for the days it runs, the suspension rule applied. A period is published once.
 * Runs inside the caller's transaction (an idempotent write).
 */
public final class SchedulePublisher {

    private final ServerParts parts;
    private final PeriodRepository periods;
    private final ScheduleRepository schedules;

    public SchedulePublisher(ServerParts parts, PeriodRepository periods, ScheduleRepository schedules) {
        this.parts = parts;
        this.periods = periods;
        this.schedules = schedules;
    }

    private record Item(long id, long providerId, long clientId, String service, LocalDate start, LocalDate end,
            BigDecimal units, BigDecimal unitRate, BigDecimal contractedPerPeriod) {
    }

    /** @throws ApiException 404 for an unknown period, 409 when it was already published */
    public PublishedPeriod publish(long periodId, long actorUserId) {
        PeriodView period = periods.find(periodId)
                .orElseThrow(() -> ApiException.notFound("There is no such payment period."));
        Set<Long> alreadyScheduled = new HashSet<>(parts.jdbc().list("SELECT provider_id FROM payment_schedule "
                + "WHERE period_id = ?", row -> row.getLong(1), periodId));
        Map<Long, List<Item>> byProvider = new LinkedHashMap<>();
        for (Item item : parts.jdbc().list("SELECT id, provider_id, client_id, service, start_date, end_date, units, "
                + "unit_rate, contracted_per_period FROM line_item WHERE start_date <= ? AND (end_date IS NULL OR "
                + "end_date >= ?) ORDER BY provider_id, id", SchedulePublisher::item, period.endDate(),
                period.startDate())) {
            if (!alreadyScheduled.contains(item.providerId())) {
                byProvider.computeIfAbsent(item.providerId(), provider -> new ArrayList<>()).add(item);
            }
        }
        int lineCount = byProvider.values().stream().mapToInt(List::size).sum();
        long changeNo = new ChangeNumbers(parts.jdbc()).take(1 + byProvider.size() + lineCount);
        if (!periods.markPublished(periodId, parts.clock().instant(), changeNo++)) {
            throw ScheduleDecisions.conflict("This period was already published.");
        }
        List<Object[]> lines = new ArrayList<>(lineCount);
        int suspended = 0;
        for (Map.Entry<Long, List<Item>> provider : byProvider.entrySet()) {
            long scheduleId = parts.jdbc().insert("INSERT INTO payment_schedule (provider_id, period_id, status, "
                    + "payable_total, suspended_total, payable_lines, suspended_lines, change_no) "
                    + "VALUES (?, ?, ?, 0, 0, 0, 0, ?)", provider.getKey(), periodId, ScheduleStatus.UNCONFIRMED,
                    changeNo++);
            for (Item item : provider.getValue()) {
                Object[] line = line(scheduleId, item, period, changeNo++);
                lines.add(line);
                suspended += line[9] == LineStatus.SUSPENDED ? 1 : 0;
            }
        }
        parts.jdbc().batch("INSERT INTO schedule_line (schedule_id, provider_id, client_id, line_item_id, service, "
                + "units, unit_rate, amount, contracted_provision, status, change_no) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
        schedules.refreshPeriodTotals(periodId);
        parts.audit().record(actorUserId, "publish period", "period:" + periodId,
                "schedules:" + byProvider.size() + " lines:" + lineCount + " suspended:" + suspended);
        return new PublishedPeriod(periods.find(periodId).orElseThrow(), byProvider.size(), lineCount, suspended);
    }

    /** The values of one schedule line: the days the item runs in the period, priced, the rule applied. */
    private static Object[] line(long scheduleId, Item item, PeriodView period, long changeNo) {
        LocalDate from = item.start().isAfter(period.startDate()) ? item.start() : period.startDate();
        LocalDate to = item.end() != null && item.end().isBefore(period.endDate()) ? item.end() : period.endDate();
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal amount = Suspension.amountFor(item.units(), item.unitRate(), days);
        BigDecimal contracted = Suspension.contractedFor(item.contractedPerPeriod(), days);
        return new Object[] {scheduleId, item.providerId(), item.clientId(), item.id(), item.service(),
            Suspension.unitsFor(item.units(), days), item.unitRate(), amount, contracted,
            Suspension.statusOf(amount, contracted), changeNo};
    }

    private static Item item(ResultSet row) throws SQLException {
        return new Item(row.getLong("id"), row.getLong("provider_id"), row.getLong("client_id"),
                row.getString("service"), row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class), row.getBigDecimal("units"),
                row.getBigDecimal("unit_rate"), row.getBigDecimal("contracted_per_period"));
    }
}
