package cn.enforcement.gateway.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the client is, as an address: the peer, unless the peer is a configured proxy in front of the
 * gateway, in which case the nearest address in X-Forwarded-For that is not one of those proxies. A
 * forwarded value from anyone else is ignored, so a client cannot write a false origin into custody
 * logs or escape its per-address rate limit; a value that is not an IP address is never taken.
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!IP_LITERAL.matcher(hop).matches()) {
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
