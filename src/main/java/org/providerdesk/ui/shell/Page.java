package org.providerdesk.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;

/**
 * A screen the shell knows: an entry in the navigation (name and badge), its view, and what it does when shown,
 * when the provider being viewed changes and when a sync has finished. Built from a {@link ProviderScope};
 * registered in one line in {@code org.providerdesk.ui.Pages}. Methods are called on the JavaFX thread.
 */
public interface Page {

    /** The name in the navigation, in the guides' words: "Home", "Waiting to send". */
    String title();

    /** The id of its navigation button, such as "navHome" (tests and accessibility tools find it by this). */
    String navigationId();

    /** A short text beside the name, such as a count; empty for none. Asked for once: return the same value. */
    default ObservableStringValue badge() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }

    /** The page's view. Built once and then always the same node, so that it keeps scroll, filter and selection. */
    Node view();

    /** Each time the user moves to this page from another one (not when coming back from its own detail). */
    default void onShown() {
    }

    /** Once at the start and each time the user views another provider. */
    default void onProviderChanged(ProviderSummary provider) {
    }

    /** After each sync: the cache may hold news. */
    default void onSyncFinished() {
    }

    /** A badge showing a count, empty at zero. */
    static ObservableStringValue countBadge(ObservableIntegerValue count) {
        return Bindings.createStringBinding(() -> count.get() == 0 ? "" : Integer.toString(count.get()), count);
    }
}
