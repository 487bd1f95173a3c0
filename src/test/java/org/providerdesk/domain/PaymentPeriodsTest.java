package org.providerdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPeriodsTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        assertEquals(new FinancialYear(2026), FinancialYear.of(LocalDate.of(2026, 4, 1)));
        assertEquals(new FinancialYear(2025), FinancialYear.of(LocalDate.of(2026, 3, 31)));
        assertEquals("2026/27", new FinancialYear(2026).label());
        assertEquals("2099/00", new FinancialYear(2099).label());
        assertTrue(new FinancialYear(2026).contains(LocalDate.of(2027, 3, 31)));
        assertFalse(new FinancialYear(2026).contains(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void thirteenFourWeekPeriodsWithTheLastAbsorbingTheExtraDays() {
        List<PaymentPeriod> periods = PeriodCalendar.generate(new FinancialYear(2026));

        assertEquals(13, periods.size());
        assertEquals(LocalDate.of(2026, 4, 1), periods.get(0).startDate());
        assertEquals(LocalDate.of(2026, 4, 28), periods.get(0).endDate());
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).endDate().plusDays(1), periods.get(i).startDate(), "no gaps");
        }
        assertTrue(periods.subList(0, 12).stream().allMatch(period -> period.days() == 28));
        assertEquals(LocalDate.of(2027, 3, 31), periods.get(12).endDate());
        assertEquals(29, periods.get(12).days());
        assertEquals(30, PeriodCalendar.generate(new FinancialYear(2027)).get(12).days(), "2028 is a leap year");
    }

    @Test
    void theCurrentTestPeriodIsNineOf2026() {
        PaymentPeriod nine = PeriodCalendar.generate(new FinancialYear(2026)).get(8);

        assertTrue(nine.contains(LocalDate.of(2026, 11, 23)));
        assertEquals("Period 9 2026/27", nine.label());
        assertTrue(nine.paymentDate().isAfter(nine.confirmationDeadline()));
    }

    @Test
    void everyDeadlineFallsAfterTheMondayTheScheduleBecomesAvailable() {
        for (int year = 2021; year <= 2028; year++) {
            for (PaymentPeriod period : PeriodCalendar.generate(new FinancialYear(year))) {
                LocalDate available = PeriodCalendar.availableOn(period.endDate());
                assertEquals(java.time.DayOfWeek.MONDAY, available.getDayOfWeek());
                assertTrue(available.isAfter(period.endDate()), period.label());
                assertTrue(period.confirmationDeadline().isAfter(available), period.label());
                assertTrue(PeriodCalendar.finalisationDay(period).isAfter(period.confirmationDeadline()));
                assertTrue(period.paymentDate().isAfter(PeriodCalendar.finalisationDay(period)), period.label());
            }
        }
        PaymentPeriod nine = PeriodCalendar.generate(new FinancialYear(2026)).get(8);
        assertEquals(LocalDate.of(2026, 12, 14), PeriodCalendar.availableOn(nine.endDate()));
        assertEquals(LocalDate.of(2026, 12, 16), nine.confirmationDeadline());
    }

    @Test
    void aDeadlineOnOrBeforeThePeriodsLastDayIsRefused() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        LocalDate end = start.plusDays(27);
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentPeriod(new FinancialYear(2026), 1, start, end, end, end.plusDays(10)));
    }

    @Test
    void aLineAboveItsContractedProvisionIsSuspendedButEqualIsPayable() {
        BigDecimal contracted = new BigDecimal("3400.00");

        assertEquals(LineStatus.PAYABLE, Suspension.statusOf(new BigDecimal("3400.00"), contracted));
        assertEquals(LineStatus.PAYABLE, Suspension.statusOf(new BigDecimal("3399.99"), contracted));
        assertEquals(LineStatus.SUSPENDED, Suspension.statusOf(new BigDecimal("3400.01"), contracted));
    }

    @Test
    void aFullPackageForAFullPeriodCostsExactlyItsContractedProvision() {
        BigDecimal weekly = new BigDecimal("851.37");
        BigDecimal perPeriod = weekly.multiply(BigDecimal.valueOf(4));
        for (int days : new int[] {28, 29, 30}) {
            assertEquals(Suspension.contractedFor(perPeriod, days), Suspension.amountFor(BigDecimal.ONE, weekly, days),
                    days + " days");
        }
        assertEquals(new BigDecimal("3405.48"), Suspension.contractedFor(perPeriod, 13), "a part period: the whole");
        assertEquals(LineStatus.PAYABLE, Suspension.statusOf(Suspension.amountFor(BigDecimal.ONE, weekly, 13),
                Suspension.contractedFor(perPeriod, 13)));
        assertEquals(new BigDecimal("851.37"), Suspension.contractedPerWeek(perPeriod));
        assertEquals(new BigDecimal("3405.48"), Suspension.amountFor(BigDecimal.ONE, weekly, 28));
    }

    @Test
    void hoursArePricedAtTheRateAndCappedAt168AWeek() {
        assertEquals(new BigDecimal("310.00"), Suspension.amountForHours(new BigDecimal("12.5"),
                new BigDecimal("24.80")));
        assertEquals(new BigDecimal("672.00"), Suspension.maxHoursFor(28));
    }

    @Test
    void scheduleCanBeDecidedWhileUnconfirmedUpToItsDeadline() {
        LocalDate deadline = LocalDate.of(2026, 12, 8);

        assertTrue(ScheduleStatus.mayBeDecided(ScheduleStatus.UNCONFIRMED, deadline, deadline));
        assertFalse(ScheduleStatus.mayBeDecided(ScheduleStatus.UNCONFIRMED, deadline, deadline.plusDays(1)));
        assertFalse(ScheduleStatus.mayBeDecided(ScheduleStatus.CONFIRMED, deadline, deadline.minusDays(3)));
    }

    @Test
    void refusesImpossiblePeriods() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentPeriod(new FinancialYear(2026), 14, day, day, day, day));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentPeriod(new FinancialYear(2026), 1, day, day.minusDays(1), day, day));
    }
}
