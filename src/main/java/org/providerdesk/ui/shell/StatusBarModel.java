package org.providerdesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.providerdesk.client.ConnectionState;
import org.providerdesk.ui.common.When;

/** Online or offline, and since when, in words for the status bar. Updated on the JavaFX thread. */
public final class StatusBarModel {

    private final When when;
    private final String serverDescription;
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final StringProperty connectionText = new SimpleStringProperty("Connecting to the portal…");

    /** @param serverDescription where the portal is, such as "the demo portal on this computer" */
    public StatusBarModel(When when, String serverDescription) {
        this.when = when;
        this.serverDescription = serverDescription;
    }

    public void connectionChanged(ConnectionState state) {
        online.set(state.reachable());
        if (state.reachable()) {
            connectionText.set("Online: " + serverDescription + " · last contact " + when.time(state.lastContactAt()));
        } else if (state.lastContactAt() == null) {
            connectionText.set("Offline: the portal has not answered yet");
        } else {
            connectionText.set("Offline since " + when.time(state.lastContactAt()) + ": the portal is not answering");
        }
    }

    public BooleanProperty online() { return online; }
    public StringProperty connectionText() { return connectionText; }
}
