/**
 * "Scheduled payments": the financial year drop-down and its periods as date links, the chosen period's lines
 * (Payments and Non-payable tabs) with totals and a text filter, the schedule's status with Confirm and Reject,
 * a home-care provider's actual hours, and the payment period schedule as a table.
 *
 * <p>View models hold the state and rules and read the cache through {@link org.providerdesk.ui.schedules.ScheduleData}
 * (the real one: {@link org.providerdesk.ui.schedules.CacheScheduleData}); views only bind. Decisions and actual
 * hours are typed commands of {@code client.commands}, shown at once as waiting to send.
 *
 * <p>May use {@code client}, {@code domain}, {@code api}, {@code ui.common} and {@code ui.shell}.
 */
package org.providerdesk.ui.schedules;
