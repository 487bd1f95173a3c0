package org.providerdesk.api;

/** Confirming or rejecting a schedule. Rejecting needs comments that say why. */
public record DecisionRequest(String comments) {
}
