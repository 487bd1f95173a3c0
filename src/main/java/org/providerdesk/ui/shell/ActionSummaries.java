package org.providerdesk.ui.shell;

import javafx.scene.Node;

/**
 * A page that offers the summary of the provider's pending actions (the Actions and change requests page), so
 * the home page can show it without knowing that page's class: {@code navigator.find(ActionSummaries.class)}.
 */
public interface ActionSummaries {

    /** The pending actions summary (icon, counts in words, a button that opens the page), kept up to date. */
    Node pendingSummary();
}
