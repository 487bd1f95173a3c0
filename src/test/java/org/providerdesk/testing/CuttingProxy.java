package org.providerdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * A TCP proxy on loopback that can break connections: after {@link #cutResponsesAfter(long)} bytes of a response
 * it closes both sides, as a dropped Wi-Fi connection would. Points at whatever port the supplier gives, so the
 * server behind it may restart.
 */
public final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final IntSupplier targetPort;
    private final AtomicLong cutAfter = new AtomicLong(-1);
    private final AtomicLong cuts = new AtomicLong();

    public CuttingProxy(IntSupplier targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Each response is cut after this many bytes; negative lets everything through. */
    public void cutResponsesAfter(long bytes) {
        cutAfter.set(bytes);
    }

    public long cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort.getAsInt());
                pump(client, server, -1);
                pump(server, client, cutAfter.get());
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, long limit) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            long passed = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (limit >= 0 && passed + read > limit) {
                        out.write(buffer, 0, (int) (limit - passed));
                        out.flush();
                        cuts.incrementAndGet();
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                    passed += read;
                }
            } catch (IOException e) {
                // one side went away: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-pump");
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
}
