package org.providerdesk.api;

import org.providerdesk.domain.ActionType;

/** How many working days the council gives itself to answer an action of a type (its due date). */
public record ActionTypeSetting(ActionType type, int dueWorkingDays) {
}
