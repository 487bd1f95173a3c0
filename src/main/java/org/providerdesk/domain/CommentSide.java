package org.providerdesk.domain;

/** Who wrote a comment on an action. */
public enum CommentSide {
    /** The provider's staff (shown purple). */
    PROVIDER,
    /** The council's staff (shown green). */
    COUNCIL
}
