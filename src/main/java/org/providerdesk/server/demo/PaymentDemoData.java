package org.providerdesk.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.providerdesk.api.PeriodView;
import org.providerdesk.domain.FinancialYear;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.PaymentPeriod;
import org.providerdesk.domain.PeriodCalendar;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.domain.Suspension;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.payments.PeriodRepository;
import org.providerdesk.server.payments.ScheduleRepository;
import org.providerdesk.server.sync.ChangeNumbers;

/**
 * Payment periods 2022/23 to 2027/28; for each demo user's provider, schedules of this and last financial year
 * (most confirmed, one rejected, the current period unconfirmed), some suspended lines, and payment runs with
 * paid, retracted and suspended remittance lines. Oakleaf Home Care has actual hours. When LARGE, Oakleaf House
 * has 5 financial years of weekly lines (about 100,000 schedule and 100,000 remittance lines), batch-inserted.
 */
final class PaymentDemoData {

    private static final int FIRST_YEAR = 2022;
    private static final int LAST_YEAR = 2027;
    private static final int REJECTED_PERIODS_AGO = 3;
    private static final String REJECT_COMMENT = "Two respite weeks agreed with the brokerage team are missing from "
            + "this schedule. Please add them and send the schedule again.";
    private static final String RETRACTION = "Hospital admission: 2 days not provided, recovered by a contra entry";
    private static final String HELD = "Above the contracted provision: held until a variation is approved";
    private static final String LINE_INSERT = "INSERT INTO schedule_line (schedule_id, provider_id, client_id, "
            + "line_item_id, service, units, unit_rate, amount, contracted_provision, actual_hours, status, "
            + "change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String REMITTANCE_INSERT = "INSERT INTO remittance_line (run_id, provider_id, client_id, "
            + "service, period_id, amount, status, reason, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;
    private final Random random;
    private final LocalDate today;
    private final ChangeNumbers changeNumbers;

    PaymentDemoData(Jdbc jdbc, Random random, LocalDate today) {
        this.jdbc = jdbc;
        this.random = random;
        this.today = today;
        this.changeNumbers = new ChangeNumbers(jdbc);
    }

    private record Item(long id, long clientId, String service, LocalDate start, LocalDate end, BigDecimal units,
            BigDecimal rate, BigDecimal contracted) {
    }

    /** A provider's history: where its lines go and who decided its schedules. */
    private record History(long providerId, long deciderId, boolean homeCare, boolean weekly, List<PeriodView> span) {
    }

    void populate(DemoProviders providers, DemoSize size) {
        insertPeriods();
        List<PeriodView> all = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            all.addAll(new PeriodRepository(jdbc).periodsOf(year));
        }
        int thisYear = FinancialYear.of(today).startYear();
        List<PeriodView> recent = span(all, thisYear - 1);
        List<PeriodView> long5 = span(all, thisYear - 4);
        Map<Long, Long> runs = insertRuns(size.isLarge() ? long5 : recent);
        long helen = userId(DemoUsers.SINGLE_HOME_MANAGER);
        long priya = userId(DemoUsers.GROUP_ADMINISTRATOR);
        history(new History(providers.rosewood(), helen, false, false, recent), runs);
        history(new History(providers.oakleafHouse(), priya, false, size.isLarge(),
                size.isLarge() ? long5 : recent), runs);
        history(new History(providers.oakleafCourt(), priya, false, false, recent), runs);
        history(new History(providers.oakleafHomeCare(), priya, true, false, recent), runs);
    }

    private void insertPeriods() {
        List<Object[]> rows = new ArrayList<>();
        long changeNo = changeNumbers.take((LAST_YEAR - FIRST_YEAR + 1) * PaymentPeriod.PERIODS_PER_YEAR);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (PaymentPeriod period : PeriodCalendar.generate(new FinancialYear(year))) {
                Instant published = period.startDate().isAfter(today) ? null
                        : period.startDate().atTime(6, 0).toInstant(ZoneOffset.UTC);
                rows.add(new Object[] {year, period.number(), period.startDate(), period.endDate(),
                    period.confirmationDeadline(), period.paymentDate(), published, changeNo++});
            }
        }
        jdbc.batch("INSERT INTO payment_period (financial_year, period_no, start_date, end_date, "
                + "confirmation_deadline, payment_date, published_at, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Periods from the first of {@code fromYear} to the one containing today. */
    private List<PeriodView> span(List<PeriodView> all, int fromYear) {
        return all.stream().filter(p -> p.financialYear() >= fromYear && !p.startDate().isAfter(today)).toList();
    }

    /** One council-wide run per period finalised by today; period id to run id. */
    private Map<Long, Long> insertRuns(List<PeriodView> periods) {
        Map<Long, Long> runs = new HashMap<>();
        for (PeriodView period : periods) {
            LocalDate finalised = PeriodCalendar.finalisationDay(PeriodRepository.domain(period));
            if (!finalised.isAfter(today)) {
                String reference = "PR-" + period.financialYear() + "-" + String.format("%02d", period.number());
                runs.put(period.id(), jdbc.insert("INSERT INTO payment_run (reference, finalised_on, payment_date, "
                        + "period_id, change_no) VALUES (?, ?, ?, ?, ?)", reference, finalised,
                        period.paymentDate(), period.id(), changeNumbers.next()));
            }
        }
        return runs;
    }

    private void history(History history, Map<Long, Long> runs) {
        List<Item> items = jdbc.list("SELECT id, client_id, service, start_date, end_date, units, unit_rate, "
                + "contracted_per_period FROM line_item WHERE provider_id = ? ORDER BY id", PaymentDemoData::item,
                history.providerId());
        List<Item> latestPerClient = history.weekly() ? latestPerClient(items) : items;
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> remittances = new ArrayList<>();
        List<PeriodView> span = history.span();
        List<Object[]> previousPaid = List.of();
        for (int i = 0; i < span.size(); i++) {
            PeriodView period = span.get(i);
            int ago = span.size() - 1 - i;
            ScheduleStatus status = ago == 0 ? ScheduleStatus.UNCONFIRMED
                    : ago == REJECTED_PERIODS_AGO ? ScheduleStatus.REJECTED : ScheduleStatus.CONFIRMED;
            long scheduleId = insertSchedule(history, period, status);
            List<Object[]> periodLines = history.weekly() ? weeklyLines(scheduleId, history, latestPerClient)
                    : periodLines(scheduleId, history, items, period, ago == 0);
            lines.addAll(periodLines);
            Long runId = runs.get(period.id());
            if (runId != null && status == ScheduleStatus.CONFIRMED) {
                List<Object[]> paid = remittances(runId, period.id(), periodLines);
                remittances.addAll(paid);
                if (i % 3 == 1 && !previousPaid.isEmpty()) {
                    remittances.add(retraction(runId, previousPaid.get(0)));
                }
                previousPaid = paid;
            }
        }
        insertWithChangeNumbers(LINE_INSERT, lines);
        insertWithChangeNumbers(REMITTANCE_INSERT, remittances);
        new ScheduleRepository(jdbc).refreshAllTotals(history.providerId());
    }

    private long insertSchedule(History history, PeriodView period, ScheduleStatus status) {
        boolean decided = status != ScheduleStatus.UNCONFIRMED;
        Instant decidedAt = decided ? period.confirmationDeadline().minusDays(2).atTime(10, 30)
                .toInstant(ZoneOffset.UTC) : null;
        boolean actuals = history.homeCare() && decided;
        return jdbc.insert("INSERT INTO payment_schedule (provider_id, period_id, status, decided_by, decided_at, "
                + "comments, actuals_submitted_by, actuals_submitted_at, payable_total, suspended_total, "
                + "payable_lines, suspended_lines, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)",
                history.providerId(), period.id(), status, decided ? history.deciderId() : null, decidedAt,
                status == ScheduleStatus.REJECTED ? REJECT_COMMENT : null, actuals ? history.deciderId() : null,
                actuals ? decidedAt.minusSeconds(3600) : null, changeNumbers.next());
    }

    /** One line per line item running in the period, priced by its days; some above the contract. */
    private List<Object[]> periodLines(long scheduleId, History history, List<Item> items, PeriodView period,
            boolean current) {
        List<Object[]> lines = new ArrayList<>();
        for (Item item : items) {
            LocalDate from = item.start().isAfter(period.startDate()) ? item.start() : period.startDate();
            LocalDate to = item.end() != null && item.end().isBefore(period.endDate()) ? item.end() : period.endDate();
            if (to.isBefore(from)) {
                continue;
            }
            int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
            BigDecimal units = Suspension.unitsFor(item.units(), days);
            BigDecimal amount = Suspension.amountFor(item.units(), item.rate(), days);
            BigDecimal contracted = Suspension.contractedFor(item.contracted(), days);
            BigDecimal actualHours = null;
            if (history.homeCare() && !current) {
                actualHours = units.multiply(BigDecimal.valueOf(90 + random.nextInt(12)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                units = actualHours;
                amount = Suspension.amountForHours(actualHours, item.rate());
            } else if ((item.id() + period.number()) % 7 == 0) {
                amount = amount.add(item.rate());
            }
            lines.add(line(scheduleId, history.providerId(), item, units, amount, contracted, actualHours));
        }
        return lines;
    }

    /** The large provider: a line per client per week of the period, its latest package's weekly price. */
    private List<Object[]> weeklyLines(long scheduleId, History history, List<Item> items) {
        List<Object[]> lines = new ArrayList<>(items.size() * PeriodCalendar.WEEKS_PER_PERIOD);
        for (int week = 1; week <= PeriodCalendar.WEEKS_PER_PERIOD; week++) {
            for (Item item : items) {
                BigDecimal amount = Suspension.amountFor(item.units(), item.rate(), 7);
                if ((item.id() + week + scheduleId) % 29 == 0) {
                    amount = amount.add(item.rate());
                }
                lines.add(line(scheduleId, history.providerId(), item, item.units(), amount,
                        Suspension.contractedPerWeek(item.contracted()), null));
            }
        }
        return lines;
    }

    private static Object[] line(long scheduleId, long providerId, Item item, BigDecimal units, BigDecimal amount,
            BigDecimal contracted, BigDecimal actualHours) {
        return new Object[] {scheduleId, providerId, item.clientId(), item.id(), item.service(), units, item.rate(),
            amount, contracted, actualHours, Suspension.statusOf(amount, contracted), 0L};
    }

    private static List<Object[]> remittances(long runId, long periodId, List<Object[]> scheduleLines) {
        List<Object[]> rows = new ArrayList<>(scheduleLines.size());
        for (Object[] line : scheduleLines) {
            boolean payable = line[10] == LineStatus.PAYABLE;
            rows.add(new Object[] {runId, line[1], line[2], line[4], periodId, line[7],
                payable ? RemittanceStatus.PAID : RemittanceStatus.SUSPENDED, payable ? null : HELD, 0L});
        }
        return rows;
    }

    /** A contra entry in this run for 2 days of a line paid in the previous period. */
    private static Object[] retraction(long runId, Object[] paid) {
        BigDecimal twoDays = ((BigDecimal) paid[5]).multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(28), 2, RoundingMode.HALF_UP).negate();
        return new Object[] {runId, paid[1], paid[2], paid[3], paid[4], twoDays, RemittanceStatus.RETRACTED,
            RETRACTION, 0L};
    }

    /** Fills the last value of each row (its change number) from one block, then batch-inserts the rows. */
    private void insertWithChangeNumbers(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long changeNo = changeNumbers.take(rows.size());
        for (Object[] row : rows) {
            row[row.length - 1] = changeNo++;
        }
        jdbc.batch(sql, rows);
    }

    private static List<Item> latestPerClient(List<Item> items) {
        Map<Long, Item> latest = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.service().startsWith("Respite")) {
                continue;
            }
            latest.merge(item.clientId(), item, (a, b) -> b.start().isAfter(a.start()) ? b : a);
        }
        return new ArrayList<>(latest.values());
    }

    private long userId(String email) {
        return jdbc.first("SELECT id FROM app_user WHERE email = ?", row -> row.getLong(1), email).orElseThrow();
    }

    private static Item item(ResultSet row) throws SQLException {
        return new Item(row.getLong("id"), row.getLong("client_id"), row.getString("service"),
                row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                row.getBigDecimal("units"), row.getBigDecimal("unit_rate"), row.getBigDecimal("contracted_per_period"));
    }
}
