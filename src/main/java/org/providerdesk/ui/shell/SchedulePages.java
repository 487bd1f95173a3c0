package org.providerdesk.ui.shell;

/**
 * A page that shows a period's payment schedule (the Scheduled payments page), so another page (home's "what
 * needs you now") can open a period there without knowing its class: {@code navigator.find(SchedulePages.class)}.
 */
public interface SchedulePages {

    /**
     * Shows the page with this period chosen.
     *
     * @param nonPayable true to show its Non-payable tab (the suspended lines)
     */
    void openPeriod(long periodId, boolean nonPayable);
}
