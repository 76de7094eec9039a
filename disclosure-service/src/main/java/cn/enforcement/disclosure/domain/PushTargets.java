package cn.enforcement.disclosure.domain;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The addresses the platform may push to, as the operator allowed them: origins such as
 * {@code https://jdpt.jl.gov.cn:443}, or with {@code *} as the port for any port of that host. Nothing is allowed
 * unless listed, so a partner cannot make the platform call into the cluster (no open relay).
 */
public final class PushTargets {

    private final List<String> allowed;

    public PushTargets(List<String> allowed) {
        this.allowed = allowed.stream().map(String::trim).filter(origin -> !origin.isEmpty()).map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean allows(String url) {
        URI target;
        try {
            target = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null || target.getRawUserInfo() != null) {
            return false;
        }
        int port = target.getPort() != -1 ? target.getPort() : scheme.equals("https") ? 443 : 80;
        String host = scheme + "://" + target.getHost().toLowerCase(Locale.ROOT);
        return allowed.contains(host + ":" + port) || allowed.contains(host + ":*");
    }
}
