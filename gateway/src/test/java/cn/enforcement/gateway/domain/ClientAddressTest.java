package cn.enforcement.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> INGRESS = List.of("10.0.0.5", "10.0.0.6");

    @Test
    void fromAnUntrustedPeerTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.9", "6.6.6.6", INGRESS)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", null, INGRESS)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.7", INGRESS)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6", INGRESS)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.5", "2001:db8::1", INGRESS)).isEqualTo("2001:db8::1");
    }

    @Test
    void aHopThatIsNoAddressIsNeverTaken() {
        assertThat(ClientAddress.of("10.0.0.5", "x".repeat(110), INGRESS)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", "<script>", INGRESS)).isEqualTo("10.0.0.5");
    }
}
