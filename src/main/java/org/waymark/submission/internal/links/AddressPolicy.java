package org.waymark.submission.internal.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which resolved addresses the link checker may connect to (ADR 0007). Public unicast addresses only, unless
 * {@code waymark.link-check.allow-private-networks} is set (tests with a local server, a closed intranet): then
 * loopback and private ranges too. Link-local addresses (cloud metadata services live at 169.254.169.254), any-local
 * (0.0.0.0 reaches this machine), multicast and reserved ranges are refused either way.
 * <p>
 * IPv6 addresses that carry an IPv4 address (IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by
 * the IPv4 address inside; Teredo is refused because its inner address is hidden. IPv4-mapped addresses
 * (::ffff:a.b.c.d) reach us as IPv4 already: {@link InetAddress} converts them.
 */
final class AddressPolicy {

    enum Kind {
        /** A public unicast address: always allowed. */
        PUBLIC,
        /** Loopback, RFC 1918, carrier-grade NAT, unique local IPv6: allowed only with allow-private-networks. */
        PRIVATE,
        /** Never: link-local, any-local, multicast, broadcast and reserved ranges. */
        NEVER
    }

    private final boolean allowPrivateNetworks;

    AddressPolicy(boolean allowPrivateNetworks) {
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    boolean permits(InetAddress address) {
        return switch (kind(address)) {
            case PUBLIC -> true;
            case PRIVATE -> allowPrivateNetworks;
            case NEVER -> false;
        };
    }

    static Kind kind(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isMulticastAddress() || address.isLinkLocalAddress()) {
            return Kind.NEVER;
        }
        if (address.isLoopbackAddress()) {
            return Kind.PRIVATE;
        }
        return address instanceof Inet6Address v6 ? kind(v6.getAddress()) : kind4(address.getAddress());
    }

    private static Kind kind4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168 || a0 == 100 && (a1 & 0xc0) == 64
                || a0 == 127) {
            return Kind.PRIVATE;
        }
        if (a0 == 0                                  // "this network"
                || a0 == 169 && a1 == 254            // link-local
                || a0 == 192 && a1 == 0 && a2 == 0   // IETF protocol assignments
                || a0 == 198 && (a1 & 0xfe) == 18    // benchmarking, often used inside networks
                || a0 >= 224) {                      // multicast, reserved, broadcast
            return Kind.NEVER;
        }
        return Kind.PUBLIC;
    }

    private static Kind kind(byte[] b) {
        int first16 = (b[0] & 0xff) << 8 | b[1] & 0xff;
        boolean zeroUpTo96 = Arrays.equals(b, 0, 12, new byte[12], 0, 12);
        boolean nat64 = first16 == 0x0064 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(b, 4, 12, new byte[8], 0, 8);
        if (zeroUpTo96 || nat64) {
            return kind4(Arrays.copyOfRange(b, 12, 16));
        }
        if (first16 == 0x2002) {
            return kind4(Arrays.copyOfRange(b, 2, 6));
        }
        if (first16 == 0x2001 && b[2] == 0 && b[3] == 0) {
            return Kind.NEVER; // Teredo
        }
        if ((b[0] & 0xfe) == 0xfc || first16 >= 0xfec0 && first16 <= 0xfeff) {
            return Kind.PRIVATE; // unique local fc00::/7, deprecated site-local fec0::/10
        }
        if ((b[0] & 0xe0) != 0x20 || first16 == 0x2001 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Kind.NEVER; // outside global unicast 2000::/3, or documentation 2001:db8::/32
        }
        return Kind.PUBLIC;
    }

    /** Thrown by the checker's resolver when a host has no address the policy permits: nothing was connected to. */
    static final class RefusedAddressException extends UnknownHostException {

        RefusedAddressException(String host) {
            super(host + " resolves only to addresses Waymark does not fetch");
        }
    }
}
