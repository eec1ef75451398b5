package dev.cofactor.web.packaged;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * PostgreSQL as an app sees it when the database comes up after the app: a port on loopback where
 * nothing answers until {@link #open()}, then a plain TCP relay to the real server on 5432.
 */
final class LateDatabase implements AutoCloseable {

    private final int port;
    private ServerSocket listening;

    LateDatabase() throws IOException {
        this.port = PackagedApp.freePort();
    }

    int port() {
        return port;
    }

    /** Starts answering: every connection is relayed to PostgreSQL on 127.0.0.1:5432. */
    void open() {
        try {
            listening = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), 5432);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void pump(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side closed: the other is closed below
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "late-database");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        if (listening != null) {
            listening.close();
        }
    }
}
