package org.providerdesk.server.mail;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands mail to another {@link Mailer} on a background thread and answers at once. For mail whose sending must
 * not show in the answer: a forgotten-password request answers alike, in the same time, whether or not a mail
 * goes out, and a mail server that is down must not tell the caller that the address has an account. Failures
 * are logged without the address. The thread ends when idle, so an idle server holds none.
 */
public final class BackgroundMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundMailer.class);
    private static final int QUEUE = 1000;
    private static final long IDLE_SECONDS = 30;

    private final Mailer mailer;
    private final ThreadPoolExecutor executor;

    public BackgroundMailer(Mailer mailer) {
        this.mailer = mailer;
        this.executor = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "background-mail");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public void send(String to, String subject, String body) {
        try {
            executor.execute(() -> {
                try {
                    mailer.send(to, subject, body);
                } catch (RuntimeException e) {
                    LOG.warn("A mail ({}) was not sent: {}", subject, e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("A mail ({}) was dropped: too many waiting to be sent", subject);
        }
    }
}
