package org.providerdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Variation variation(String contracted, String actual, String value, LocalDate from,
            LocalDate to) {
        return new Variation(new BigDecimal(contracted), DayOrWeek.WEEK, new BigDecimal(actual),
                "Informal carer in hospital", new BigDecimal(value), from, to);
    }

    private static Variation aWeekOfExtraHours() {
        return variation("14", "17.5", "86.80", MONDAY.minusDays(7), MONDAY.minusDays(1));
    }

    @Test
    void tenWorkingDaysFromAMondayIsTheMondayFortnightLater() {
        assertEquals(LocalDate.of(2026, 12, 7), Actions.dueDate(MONDAY, 10));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertEquals(LocalDate.of(2026, 11, 30), Actions.dueDate(LocalDate.of(2026, 11, 27), 1), "Friday + 1");
        assertEquals(LocalDate.of(2026, 11, 30), Actions.dueDate(LocalDate.of(2026, 11, 28), 1), "Saturday + 1");
        assertEquals(MONDAY, Actions.dueDate(MONDAY, 0));
    }

    @Test
    void anOpenActionIsOverdueOnlyAfterItsDueDay() {
        assertFalse(Actions.isOverdue(ActionStatus.OPEN, MONDAY, MONDAY));
        assertTrue(Actions.isOverdue(ActionStatus.OPEN, MONDAY.minusDays(1), MONDAY));
        assertFalse(Actions.isOverdue(ActionStatus.CLOSED, MONDAY.minusDays(30), MONDAY));
    }

    @Test
    void summaryIsGreenWithNothingPendingAmberWithPendingRedWithOverdue() {
        assertEquals(SummaryLevel.GREEN, Actions.level(0, 0));
        assertEquals(SummaryLevel.AMBER, Actions.level(3, 0));
        assertEquals(SummaryLevel.RED, Actions.level(3, 1));
    }

    @Test
    void aWeekOfExtraHoursUnderOneHundredFiftyPoundsIsWithinTheRules() {
        assertEquals(Map.of(), VariationRules.incomplete(aWeekOfExtraHours(), MONDAY));
        assertEquals(Map.of(), VariationRules.brokenLimits(aWeekOfExtraHours()));
    }

    @Test
    void theTemplatesFieldsAreAllRequired() {
        Variation empty = new Variation(null, null, null, " ", null, null, null);

        Map<String, String> errors = VariationRules.incomplete(empty, MONDAY);

        assertEquals(java.util.Set.of("contractedHours", "dayOrWeek", "actualHours", "reason", "extraValue", "from",
                "to"), errors.keySet());
    }

    @Test
    void refusesNegativeAbsurdAndOverPreciseNumbers() {
        Variation v = variation("-1", "200", "0.001", MONDAY, MONDAY);

        Map<String, String> errors = VariationRules.incomplete(v, MONDAY);

        assertTrue(errors.containsKey("contractedHours"));
        assertTrue(errors.containsKey("actualHours"), "more hours than a week has");
        assertTrue(errors.containsKey("extraValue"));
        assertTrue(VariationRules.incomplete(variation("1", "2", "1e12", MONDAY, MONDAY), MONDAY)
                .containsKey("extraValue"));
    }

    @Test
    void refusesDatesFarFromTodayAndAnEndBeforeTheStart() {
        assertTrue(VariationRules.incomplete(variation("1", "2", "10", LocalDate.of(1900, 1, 1), MONDAY), MONDAY)
                .containsKey("from"));
        assertTrue(VariationRules.incomplete(variation("1", "2", "10", MONDAY, LocalDate.of(2200, 1, 1)), MONDAY)
                .containsKey("to"));
        assertTrue(VariationRules.incomplete(variation("1", "2", "10", MONDAY, MONDAY.minusDays(1)), MONDAY)
                .containsKey("to"));
    }

    @Test
    void oneHundredFiftyPoundsIsTheMostAVariationMayBeFor() {
        assertEquals(Map.of(), VariationRules.brokenLimits(variation("14", "20", "150.00", MONDAY, MONDAY)));
        assertTrue(VariationRules.brokenLimits(variation("14", "20", "150.01", MONDAY, MONDAY))
                .containsKey("extraValue"));
    }

    @Test
    void aVariationCoversAtMostSevenDays() {
        assertEquals(Map.of(), VariationRules.brokenLimits(variation("14", "20", "50", MONDAY, MONDAY.plusDays(6))));
        assertTrue(VariationRules.brokenLimits(variation("14", "20", "50", MONDAY, MONDAY.plusDays(7)))
                .containsKey("to"));
    }

    @Test
    void actualHoursMustBeMoreThanContracted() {
        assertTrue(VariationRules.brokenLimits(variation("14", "14", "50", MONDAY, MONDAY))
                .containsKey("actualHours"));
    }
}
