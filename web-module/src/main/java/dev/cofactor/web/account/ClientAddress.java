package dev.cofactor.web.account;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request really came from, for throttling. Without proxy forwarding it is the socket's
 * peer. With it ({@code quarkus.http.proxy.proxy-address-forwarding=true}), {@code X-Forwarded-For} is
 * believed only when the peer is one of {@code quarkus.http.proxy.trusted-proxies}, and then read from
 * the right: each proxy appends the address it saw, so the right-most entry that is not a trusted proxy
 * is the client, and whatever a client wrote further left counts for nothing. (The RFC 7239
 * {@code Forwarded} header is not read: a proxy that sends only that one is taken as the client.)
 */
@ApplicationScoped
public class ClientAddress {

    private final boolean forwarding;
    private final List<Range> trusted = new ArrayList<>();

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding;
        trustedProxies.orElse(List.of()).forEach(proxy -> trusted.add(Range.parse(proxy.strip())));
    }

    /** Refuses to start when forwarding is on but no proxy is named: every client could then claim any address. */
    void check(@Observes StartupEvent start) {
        if (forwarding && trusted.isEmpty()) {
            throw new IllegalStateException("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING is true but"
                    + " QUARKUS_HTTP_PROXY_TRUSTED_PROXIES is empty: name the addresses (or CIDR ranges) of your"
                    + " proxies, or every client could claim any address in X-Forwarded-For.");
        }
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request.connection() == null ? null : request.connection().remoteAddress();
        String address = peer == null ? null : peer.hostAddress();
        if (address == null) {
            return "unknown";
        }
        if (!forwarding || !isTrusted(address)) {
            return address;
        }
        List<String> hops = new ArrayList<>();
        request.headers().getAll("X-Forwarded-For").forEach(header -> {
            for (String hop : header.split(",")) {
                hops.add(withoutPort(hop.strip()));
            }
        });
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!Range.isAddress(hop)) {
                return address; // a proxy we trust would never write this: believe only the peer
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            address = hop;
        }
        return address;
    }

    /** Some proxies write the client's port too: {@code 203.0.113.7:51234}, {@code [2001:db8::1]:443}. */
    static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        return hop.matches("[0-9.]+:\\d+") ? hop.substring(0, hop.indexOf(':')) : hop;
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An address, or a CIDR range of them. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            if (!isAddress(host)) {
                throw new IllegalStateException("quarkus.http.proxy.trusted-proxies: '" + text
                        + "' is not an IP address or CIDR range; Cofactor needs addresses to tell its proxies apart.");
            }
            byte[] network = bytes(host);
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new Range(network, prefix);
        }

        boolean contains(String address) {
            byte[] candidate;
            try {
                candidate = isAddress(address) ? bytes(address) : null;
            } catch (IllegalArgumentException malformed) {
                candidate = null;
            }
            if (candidate == null) {
                return false;
            }
            if (candidate.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }

        /** An IPv4 or IPv6 literal (never a name: nothing here may cause a DNS lookup). */
        static boolean isAddress(String text) {
            if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                return Arrays.stream(text.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
            }
            return text.contains(":") && text.matches("\\[?[0-9A-Fa-f:.]{2,45}]?"); // IPv6, as Java parses it without DNS
        }

        private static byte[] bytes(String literal) {
            try {
                return InetAddress.getByName(literal.replace("[", "").replace("]", "")).getAddress();
            } catch (UnknownHostException notALiteral) {
                throw new IllegalArgumentException("Not an IP address: " + literal, notALiteral);
            }
        }
    }
}
