package org.providerdesk.api;

import org.providerdesk.domain.SummaryLevel;

/** The pending-actions icon: its colour and the numbers shown beside it. */
public record ActionSummary(SummaryLevel level, long open, long overdue) {
}
