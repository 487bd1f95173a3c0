package org.providerdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.client.PortalUnreachableException;
import org.slf4j.LoggerFactory;

/**
 * The runner on real worker threads. Callbacks are handed to a queue that the test drains, standing in for the
 * JavaFX thread, so that nothing depends on timing: the test waits on latches and on the queue.
 */
class TaskRunnerTest {

    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private WorkerTaskRunner runner;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(WorkerTaskRunner.class);
    private Level level;

    @BeforeEach
    void start() {
        runner = WorkerTaskRunner.withWorkerThreads(fxThread::add);
        log.start();
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        logger.setLevel(level);
        runner.close();
    }

    /** Runs what the workers handed over until {@code done} holds, like the JavaFX thread would. */
    private void deliverUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable next = fxThread.poll(10, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("nothing was handed over in 10 s");
            }
            next.run();
        }
    }

    /** Runs everything handed over so far and whatever a finished worker still hands over. */
    private void deliverAll() {
        Runnable next;
        while ((next = fxThread.poll()) != null) {
            next.run();
        }
    }

    @Test
    void theResultComesBackThroughTheDeliveringThreadWithProgressOnTheWay() throws InterruptedException {
        List<Double> progress = new ArrayList<>();
        AtomicReference<String> result = new AtomicReference<>();
        RunningTask task = runner.run(p -> {
            p.update(0.5, "Half way");
            return "done";
        }, result::set, failure -> { });
        task.progress().addListener((obs, was, now) -> progress.add(now.doubleValue()));

        deliverUntil(() -> !task.running().get());
        assertEquals("done", result.get());
        assertEquals(List.of(0.5), progress);
        assertEquals("Half way", task.message().get());
    }

    @Test
    void aCancelledTaskIsInterruptedAndDeliversNothing() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Object> delivered = new ArrayList<>();
        RunningTask task = runner.run(p -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }, delivered::add, delivered::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        task.cancel();

        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the work was interrupted");
        assertTrue(task.isCancelled());
        deliverUntil(() -> !task.running().get());
        Thread.sleep(50); // a wrongly delivered result would be on the queue by now; no test relies on it arriving
        deliverAll();
        assertEquals(List.of(), delivered);
        assertTrue(log.list.stream().noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.INFO)),
                "a cancelled task is not a failure");
    }

    @Test
    void theLatestRequestWinsEvenWhenTheOlderOneFinishesLast() throws InterruptedException {
        LatestRequest latest = new LatestRequest(runner);
        CountDownLatch releaseOld = new CountDownLatch(1);
        CountDownLatch oldStarted = new CountDownLatch(1);
        CountDownLatch oldEnded = new CountDownLatch(1);
        List<String> shown = new ArrayList<>();
        RunningTask old = latest.run(p -> {
            oldStarted.countDown();
            try {
                while (!releaseOld.await(10, TimeUnit.MILLISECONDS)) {
                    // ignores interrupts on purpose: a slow call that cannot be stopped
                }
            } catch (InterruptedException ignored) {
                releaseOld.await();
            }
            oldEnded.countDown();
            return "old filter";
        }, shown::add, failure -> shown.add("failed"));
        assertTrue(oldStarted.await(10, TimeUnit.SECONDS));

        RunningTask newer = latest.run(() -> "new filter", shown::add, failure -> shown.add("failed"));
        deliverUntil(() -> !newer.running().get());
        releaseOld.countDown();
        assertTrue(oldEnded.await(10, TimeUnit.SECONDS));
        Thread.sleep(50);
        deliverAll();

        assertTrue(old.isCancelled());
        assertEquals(List.of("new filter"), shown);
    }

    @Test
    void aThrownErrorReachesTheFailureHandlerAndIsLoggedWithoutItsMessage() throws InterruptedException {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        RunningTask task = runner.run(() -> {
            throw new StackOverflowError("Mrs Jones, 12 Acacia Road");
        }, result -> { }, failed::set);

        deliverUntil(() -> !task.running().get());

        assertInstanceOf(StackOverflowError.class, failed.get());
        ILoggingEvent event = log.list.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
        assertTrue(event.getFormattedMessage().contains("java.lang.StackOverflowError"));
        assertTrue(event.getFormattedMessage().contains("TaskRunnerTest"), "with its stack frames");
        assertFalse(event.getFormattedMessage().contains("Acacia"), "messages may quote personal data");
    }

    @Test
    void aFailingSuccessHandlerStillEndsTheTaskAndReachesTheFailureHandler() throws InterruptedException {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        RunningTask task = runner.run(() -> "rows", rows -> {
            throw new IllegalStateException("bad binding");
        }, failed::set);

        deliverUntil(() -> !task.running().get());

        assertInstanceOf(IllegalStateException.class, failed.get());
        assertTrue(log.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR));
    }

    @Test
    void anExpectedFailureIsLoggedBrieflyAtInfo() {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        TaskRunner.inline().run(() -> {
            throw new PortalUnreachableException("no route", null);
        }, result -> { }, failed::set);

        assertInstanceOf(PortalUnreachableException.class, failed.get());
        assertEquals(List.of(Level.INFO), log.list.stream().map(ILoggingEvent::getLevel).toList());
        assertFalse(log.list.get(0).getFormattedMessage().contains("no route"));
    }

    @Test
    void inlineRunsAtOnceAndCatchesErrorsToo() {
        List<Object> seen = new ArrayList<>();
        RunningTask ok = TaskRunner.inline().run(() -> 42, seen::add, seen::add);
        RunningTask broken = TaskRunner.inline().run(() -> {
            throw new AssertionError("x");
        }, seen::add, failure -> seen.add(failure.getClass().getSimpleName()));

        assertEquals(List.of(42, "AssertionError"), seen);
        assertFalse(ok.running().get());
        assertFalse(broken.running().get());
    }
}
