package org.providerdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.common.When;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.ui.UiContext;
import org.providerdesk.ui.common.WorkerTaskRunner;

/**
 * For {@link SelfTest}: builds the logged-in shell with its pages in a scene that is never shown, on the
 * headless Monocle platform (so it runs with no display: CI, a locked session), opens each page through its
 * navigation button and renders it. A page that throws, shows an error or renders as a blank area fails.
 */
final class OffscreenPages {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
    /** Fewer colours than this on a rendered page means nothing was drawn. */
    private static final int MIN_COLOURS = 8;

    private OffscreenPages() {
    }

    /** @return the names of the pages rendered, in navigation order */
    static List<String> renderAll(PortalClient client, LocalCache cache, UserInfo user, Clock clock)
            throws Exception {
        startHeadlessToolkit();
        WorkerTaskRunner background = WorkerTaskRunner.forJavaFx();
        DeskSession session = DeskSession.offline(cache, clock);
        try {
            UiContext context = new UiContext(client, background, clock, ZoneId.systemDefault(), "self-test portal",
                    null, null, () -> { }, () -> { });
            Scene scene = onFxThread(() -> {
                DeskWindow.useTheme();
                DeskWindow window = new DeskWindow(context, url -> { });
                window.showSession(session, user, user.providers().get(0));
                Scene built = new Scene(window.root(), 1200, 780);
                DeskWindow.style(built);
                return built;
            });
            return renderEachPage(scene);
        } finally {
            background.close();
        }
    }

    /**
     * Opens every page of the shell through its navigation item (style class {@code nav-item}) and renders it;
     * the shell's page list decides what is checked.
     */
    private static List<String> renderEachPage(Scene scene) throws Exception {
        List<String> names = new ArrayList<>();
        List<ToggleButton> items = onFxThread(() -> scene.getRoot().lookupAll(".nav-item").stream()
                .filter(ToggleButton.class::isInstance).map(ToggleButton.class::cast).toList());
        for (ToggleButton item : items) {
            onFxThread(() -> {
                item.fire();
                item.setSelected(true);
                return null;
            });
            awaitOnFx("the page \"" + item.getText() + "\" to load", () -> !busy(scene.getRoot()));
            int colours = onFxThread(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return colours(scene.snapshot(null));
            });
            if (colours < MIN_COLOURS) {
                throw new IllegalStateException("page \"" + item.getText() + "\" rendered blank (" + colours
                        + " colours)");
            }
            names.add(item.getText());
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("the shell has no pages to open");
        }
        return names;
    }

    /** A page still loading shows a progress indicator. */
    private static boolean busy(Parent root) {
        return root.lookupAll(".progress-indicator").stream()
                .anyMatch(node -> node.isVisible() && node.getScene() != null && node.isManaged());
    }

    private static int colours(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(pixels.getArgb(x, y));
            }
        }
        return seen.size();
    }

    /** Headless Monocle with software rendering, unless the caller chose a platform with -D options. */
    private static void startHeadlessToolkit() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        try {
            started.get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void awaitOnFx(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (!onFxThread(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
