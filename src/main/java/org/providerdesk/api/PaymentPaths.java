package org.providerdesk.api;

/** Paths of payment periods, schedules, home-care actuals and remittance advice. */
public final class PaymentPaths {

    public static final String SCHEDULE_ID = "scheduleId";
    public static final String PERIOD_ID = "periodId";

    /** Signed in: {@code ?financialYear=2026} (default: the current one). */
    public static final String PERIODS = ApiPaths.BASE + "/periods";
    /** Signed in: the financial years that have periods. */
    public static final String PERIOD_YEARS = ApiPaths.BASE + "/periods/years";

    private static final String PROVIDER = ApiPaths.BASE + "/providers/{" + ApiPaths.PROVIDER_ID + "}";
    /** {@code ?financialYear=2026}: the provider's schedules of a year, one per published period. */
    public static final String SCHEDULES = PROVIDER + "/schedules";
    public static final String SCHEDULE = SCHEDULES + "/{" + SCHEDULE_ID + "}";
    public static final String SCHEDULE_CONFIRM = SCHEDULE + "/confirm";
    public static final String SCHEDULE_REJECT = SCHEDULE + "/reject";
    /** Home care only: actual hours per line item. */
    public static final String SCHEDULE_ACTUALS = SCHEDULE + "/actuals";
    /** Payment runs that paid the provider, newest first. */
    public static final String REMITTANCE_RUNS = PROVIDER + "/remittances/runs";
    /** {@code ?view=finalisation&runId=ID} or {@code ?view=period&periodId=ID}; no id: the most recent. */
    public static final String REMITTANCES = PROVIDER + "/remittances";

    public static final String COUNCIL_PUBLISH = ApiPaths.BASE + "/council/periods/{" + PERIOD_ID + "}/publish";
    public static final String COUNCIL_FINALISE = ApiPaths.BASE + "/council/periods/{" + PERIOD_ID + "}/finalise";
    /** {@code ?periodId=ID}: every provider's schedule of a period. */
    public static final String COUNCIL_SCHEDULES = ApiPaths.BASE + "/council/schedules";

    private PaymentPaths() {
    }

    public static String schedule(String path, long providerId, long scheduleId) {
        return ApiPaths.forProvider(path, providerId).replace("{" + SCHEDULE_ID + "}", Long.toString(scheduleId));
    }

    public static String forPeriod(String path, long periodId) {
        return path.replace("{" + PERIOD_ID + "}", Long.toString(periodId));
    }
}
