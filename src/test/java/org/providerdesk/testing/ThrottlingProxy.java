package org.providerdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that behaves like a slow link: each direction is limited to a number of bits per second
 * shared by all connections (a token bucket), and the bytes that pass are counted. Data moves in chunks of at most
 * {@value #CHUNK} bytes and is never queued inside the proxy, so its memory is bounded. A rate of zero or less
 * lets everything through at full speed (still counted).
 */
public final class ThrottlingProxy implements AutoCloseable {

    private static final int CHUNK = 8192;

    private final ServerSocket listener;
    private final int targetPort;
    private final TokenBucket toServer;
    private final TokenBucket toClient;
    private final AtomicLong bytesToServer = new AtomicLong();
    private final AtomicLong bytesToClient = new AtomicLong();

    public ThrottlingProxy(int targetPort, long bitsPerSecond) throws IOException {
        this.targetPort = targetPort;
        this.toServer = new TokenBucket(bitsPerSecond);
        this.toClient = new TokenBucket(bitsPerSecond);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "throttling-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Bytes sent from the server to the client so far: what the client downloaded. */
    public long bytesToClient() {
        return bytesToClient.get();
    }

    public long bytesToServer() {
        return bytesToServer.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                pump(client, server, toServer, bytesToServer);
                pump(server, client, toClient, bytesToClient);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to, TokenBucket bucket, AtomicLong counter) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    bucket.take(read);
                    out.write(buffer, 0, read);
                    out.flush();
                    counter.addAndGet(read);
                }
            } catch (IOException e) {
                // one side went away: close both below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "throttling-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /**
     * Tokens are bytes, refilled at the link's rate up to one chunk's worth of burst. Taking more than are there
     * reserves them (the balance goes negative) and waits until the link would have sent them.
     */
    private static final class TokenBucket {
        private final double bytesPerNano;
        private double tokens;
        private long refilledAt = System.nanoTime();

        TokenBucket(long bitsPerSecond) {
            this.bytesPerNano = bitsPerSecond <= 0 ? 0 : bitsPerSecond / 8.0 / 1e9;
            this.tokens = CHUNK;
        }

        void take(int bytes) throws InterruptedException {
            if (bytesPerNano == 0) {
                return;
            }
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                tokens = Math.min(CHUNK, tokens + (now - refilledAt) * bytesPerNano);
                refilledAt = now;
                tokens -= bytes;
                waitNanos = tokens >= 0 ? 0 : (long) (-tokens / bytesPerNano);
            }
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }
}
