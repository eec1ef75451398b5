package dev.cofactor.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) for the app under test to send its email to; tests
 * read what arrived. Started once for every {@code @QuarkusTest} (a test resource applies to all).
 */
public class Smtp implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The messages sent to this address so far, oldest first, waiting up to 10 s for {@code atLeast} of them. */
    public static List<MimeMessage> messagesTo(String address, int atLeast) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> found = Arrays.stream(server.getReceivedMessages())
                    .filter(message -> sentTo(message, address)).toList();
            if (found.size() >= atLeast || System.currentTimeMillis() > deadline) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
