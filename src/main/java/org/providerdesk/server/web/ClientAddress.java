package org.providerdesk.server.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The address the throttles count a caller by. The socket's address, unless the request came through the one
 * trusted proxy ({@code --trusted-proxy}): then the last address in {@code X-Forwarded-For} that is not the
 * proxy (the one the proxy itself saw). Only the proxy's header is believed: anyone else can write one.
 * An IPv6 address stands for its /64, since one household or host holds a whole /64.
 */
public final class ClientAddress {

    private static final int IPV6_PREFIX_BYTES = 8;

    private final InetAddress trustedProxy;

    /** @param trustedProxy the load balancer's address, or null when requests come straight from clients */
    public ClientAddress(InetAddress trustedProxy) {
        this.trustedProxy = trustedProxy;
    }

    /** @throws IllegalArgumentException when {@code address} is not an IP address (no name lookups) */
    public static InetAddress parseProxy(String address) {
        return literal(address).orElseThrow(() -> new IllegalArgumentException(
                "--trusted-proxy wants an IP address, such as 10.0.0.5 or fd00::5, not " + address));
    }

    /** @param socketAddress the peer of the TCP connection; @param forwardedFor the X-Forwarded-For header */
    public String of(String socketAddress, String forwardedFor) {
        Optional<InetAddress> peer = literal(socketAddress);
        if (peer.isEmpty()) {
            return socketAddress;
        }
        InetAddress client = peer.get();
        if (trustedProxy != null && trustedProxy.equals(client) && forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops[i].trim());
                if (hop.isEmpty()) {
                    break;
                }
                if (!hop.get().equals(trustedProxy)) {
                    client = hop.get();
                    break;
                }
            }
        }
        return grouped(client);
    }

    static String grouped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(bytes, IPV6_PREFIX_BYTES, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address.getHostAddress();
    }

    /** An IP literal, never a host name (which would mean a DNS lookup per request). */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = bare.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = bare.contains(":") && bare.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
