package org.providerdesk.api;

import java.time.Instant;

/**
 * A notice the council posts. {@code endsAt} may be null (in force until ended); {@code downtime} notices block
 * login while in force. {@code downtime} is a Boolean so that leaving it out is an error, not "false".
 */
public record NewNotice(String title, String body, Instant startsAt, Instant endsAt, Boolean downtime) {
}
