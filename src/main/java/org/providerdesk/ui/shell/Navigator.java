package org.providerdesk.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;

/**
 * Where the user is, and the way back. Choosing a page in the navigation or opening a detail (an action, a
 * period) remembers where the user was; {@link #back()} returns there with the very same node, so a list keeps
 * its scroll position, filter and selection. Viewing another provider forgets the way back (those details
 * belong to the other provider). Used on the JavaFX thread.
 */
public final class Navigator {

    /** Most places remembered; the oldest are forgotten first. */
    static final int HISTORY = 50;

    /**
     * A place the user can be: a page's own view, or a detail opened from it.
     *
     * @param title the page's title for its own view, the detail's title otherwise
     */
    public record Place(Page page, Node view, String title, boolean detail) {
    }

    private List<Page> pages = List.of();
    private final Map<Page, Place> roots = new IdentityHashMap<>();
    private final Deque<Place> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Place> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();

    /** The pages of the navigation, in order. Shows the first. */
    public void setPages(List<Page> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("The shell needs at least one page");
        }
        this.pages = List.copyOf(pages);
        roots.clear();
        history.clear();
        go(root(this.pages.get(0)));
    }

    public List<Page> pages() {
        return pages;
    }

    /**
     * The first page of the navigation that offers a capability, such as {@link NewActionForms}: how one page asks
     * another for something without knowing its class.
     */
    public <T> java.util.Optional<T> find(Class<T> capability) {
        return pages.stream().filter(capability::isInstance).map(capability::cast).findFirst();
    }

    /** Moves to a page's own view, remembering where the user was. Choosing the page on screen does nothing. */
    public void show(Page page) {
        Place place = root(page);
        if (place.equals(current.get())) {
            return;
        }
        remember();
        go(place);
    }

    /** Ctrl+1..9: the page at that place in the navigation (0 is the first). @return false when there is none */
    public boolean show(int index) {
        if (index < 0 || index >= pages.size()) {
            return false;
        }
        show(pages.get(index));
        return true;
    }

    /** Opens a detail from the page on screen; Back returns to where the user is now. */
    public void open(String title, Node detail) {
        Place from = current.get();
        remember();
        go(new Place(from.page(), detail, title, true));
    }

    /**
     * Opens a detail of another page (a line item's "Submit action" opens the actions page's New action form):
     * the navigation shows that page, and Back returns straight to where the user is now.
     */
    public void open(Page page, String title, Node detail) {
        remember();
        go(new Place(page, detail, title, true));
    }

    /** @return false when there is nowhere to go back to */
    public boolean back() {
        if (history.isEmpty()) {
            return false;
        }
        go(history.pop());
        return true;
    }

    /** Forgets the way back, shows the current page's own view and tells every page. */
    public void providerChanged(ProviderSummary provider) {
        history.clear();
        Place at = current.get();
        if (at != null && at.detail()) {
            go(root(at.page()));
        }
        canGoBack.set(false);
        for (Page page : pages) {
            page.onProviderChanged(provider);
        }
    }

    /** Tells every page that a sync has finished. */
    public void syncFinished() {
        for (Page page : pages) {
            page.onSyncFinished();
        }
    }

    public ReadOnlyObjectProperty<Place> current() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBack() {
        return canGoBack.getReadOnlyProperty();
    }

    private Place root(Page page) {
        return roots.computeIfAbsent(page, p -> new Place(p, p.view(), p.title(), false));
    }

    private void remember() {
        if (current.get() != null) {
            history.push(current.get());
            while (history.size() > HISTORY) {
                history.removeLast();
            }
        }
    }

    private void go(Place place) {
        Place from = current.get();
        current.set(place);
        canGoBack.set(!history.isEmpty());
        if (from == null || from.page() != place.page()) {
            place.page().onShown();
        }
    }
}
