package org.waymark.submission.internal.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTests {

    private final AddressPolicy production = new AddressPolicy(false);
    private final AddressPolicy withPrivateNetworks = new AddressPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "11.0.0.1",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2a00:1450:4009:81f::200e"})
    void publicAddressesArePermitted(String address) throws UnknownHostException {
        assertThat(production.permits(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "100.64.0.1", "100.127.255.254", "::1", "fc00::1", "fd12:3456:789a::1",
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::7f00:1", "64:ff9b::a00:1", "2002:c0a8:101::1"})
    void loopbackAndPrivateAddressesAreRefusedUnlessPrivateNetworksAreAllowed(String address) throws UnknownHostException {
        InetAddress resolved = InetAddress.getByName(address);
        assertThat(production.permits(resolved)).isFalse();
        assertThat(withPrivateNetworks.permits(resolved)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "240.0.0.1", "192.0.0.170", "198.18.0.1", "::", "fe80::1", "ff02::1",
            "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "2001:0:4136:e378::1", "2001:db8::1"})
    void linkLocalAnyLocalMulticastAndReservedAddressesAreAlwaysRefused(String address) throws UnknownHostException {
        InetAddress resolved = InetAddress.getByName(address);
        assertThat(production.permits(resolved)).isFalse();
        assertThat(withPrivateNetworks.permits(resolved)).isFalse();
    }
}
