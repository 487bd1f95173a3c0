package org.providerdesk.domain;

/** What an action is raised against: a client, or one care package line item (which names its client). */
public enum RelatedTo {
    CLIENT,
    LINE_ITEM
}
