package org.providerdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.server.demo.DemoUsers;

/**
 * The standalone server ({@code Main --server}) in a process of its own, for tests that kill it: started on the
 * given database with the demo data, ready once it prints its address.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final Process process;
    private final String baseUrl;

    private ServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts a server on {@code jdbcUrl} and waits (at most {@code readySeconds}) until it listens. */
    public static ServerProcess start(String jdbcUrl, String user, String password, int readySeconds)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.providerdesk.app.Main", "--server", "--host", "127.0.0.1",
                "--port", "0", "--db", jdbcUrl, "--db-user", user, "--demo-data")).redirectErrorStream(true);
        // The password goes in the environment, never on the command line (where the process list shows it).
        builder.environment().put(org.providerdesk.app.Options.DB_PASSWORD_VARIABLE, password);
        Process process = builder.start();
        BlockingQueue<String> ready = new ArrayBlockingQueue<>(1);
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    Matcher matcher = READY.matcher(line);
                    if (matcher.find()) {
                        ready.offer(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "server-process-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(readySeconds);
        String url = null;
        while (url == null && process.isAlive() && System.nanoTime() < deadline) {
            url = ready.poll(200, TimeUnit.MILLISECONDS);
        }
        if (url == null) {
            reader.join(2_000);
            process.destroyForcibly();
            synchronized (seen) {
                throw new IllegalStateException((process.isAlive() ? "The server was not ready in " + readySeconds + " s"
                        : "The server stopped before it was ready") + ":\n" + seen);
            }
        }
        return new ServerProcess(process, url);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** SIGKILL: no shutdown hook, no closing of the database; returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server process did not die");
        }
    }

    /** Logs {@code client} in as a demo user, reading the code from the demo inbox. */
    public static SessionInfo logIn(PortalClient client, String email) {
        var challenge = client.startLogin(email, DemoUsers.PASSWORD);
        for (DemoMail mail : client.demoInbox()) {
            if (mail.to().equals(email)) {
                Matcher code = CODE.matcher(mail.body());
                if (code.find()) {
                    return client.finishLogin(challenge.attemptId(), code.group(1));
                }
            }
        }
        throw new AssertionError("No code in the demo inbox for " + email);
    }

    /** Stops the server politely (it closes its database). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
