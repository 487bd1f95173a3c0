package org.providerdesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A task given to a {@link TaskRunner}: cancel it, watch its progress. Properties change on the JavaFX thread. */
public interface RunningTask {

    /** Drops the result (neither callback runs) and interrupts the work if it is still running. */
    void cancel();

    boolean isCancelled();

    /** True until the result or failure has been handed over (or the task was cancelled). */
    ReadOnlyBooleanProperty running();

    /** From 0 to 1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progress();

    /** What the work says it is doing, such as "Reading period 8"; empty when it says nothing. */
    ReadOnlyStringProperty message();
}
