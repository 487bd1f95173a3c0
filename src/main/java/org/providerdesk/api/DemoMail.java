package org.providerdesk.api;

import java.time.Instant;

/** An e-mail held by a demo server's mailbox instead of being sent. */
public record DemoMail(Instant sentAt, String to, String subject, String body) {
}
