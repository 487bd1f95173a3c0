package org.providerdesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.providerdesk.client.ConnectionState;
import org.providerdesk.client.sync.SyncStatus;
import org.providerdesk.ui.common.When;

/** Online or offline, and since when, in words for the status bar. Updated on the JavaFX thread. */
public final class StatusBarModel {

    private final When when;
    private final String serverDescription;
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final StringProperty connectionText = new SimpleStringProperty("Connecting to the portal…");
    private final StringProperty syncText = new SimpleStringProperty("");

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

    /** Last synced, what waits to be sent, what the portal refused, or what stopped the sync. */
    public void syncChanged(SyncStatus status) {
        StringBuilder text = new StringBuilder();
        if (status.syncing()) {
            text.append(status.progressRows() > 0 ? "Syncing… " + status.progressRows() + " rows" : "Syncing…");
        } else if (status.lastSyncedAt() != null) {
            text.append("Last synced ").append(when.time(status.lastSyncedAt()));
        } else {
            text.append("Not synced yet");
        }
        if (status.waiting() > 0) {
            text.append(" · ").append(status.waiting()).append(" waiting to send");
        }
        if (status.refused() > 0) {
            text.append(" · ").append(status.refused()).append(" refused: see Waiting to send");
        }
        if (status.problem() != null && !status.syncing()) {
            text.append(" · ").append(status.problem());
        }
        syncText.set(text.toString());
    }

    /** An offline session: no portal, the cache only. */
    public void workingOffline(java.time.Instant lastSyncedAt) {
        online.set(false);
        connectionText.set("Offline: showing the data saved on this computer");
        syncText.set(lastSyncedAt == null ? "Not synced on this computer yet"
                : "Saved data from " + when.timeAndDay(lastSyncedAt));
    }

    public StringProperty syncText() { return syncText; }
    public BooleanProperty online() { return online; }
    public StringProperty connectionText() { return connectionText; }
}
