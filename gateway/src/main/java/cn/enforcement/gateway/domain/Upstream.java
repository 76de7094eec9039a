package cn.enforcement.gateway.domain;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service that routes forward to, taken in turn. An instance found not ready (by the readiness
 * probe, or because it refused a connection) is passed over until it is ready again. When none is ready they are
 * tried all the same: a service may say it is not ready and still answer, and refusing everything would turn a
 * probe's mistake into an outage.
 */
public final class Upstream {

    /** One running instance of the service. */
    public static final class Instance {

        private final URI uri;
        private volatile boolean ready = true;

        Instance(URI uri) {
            this.uri = uri;
        }

        public URI uri() {
            return uri;
        }

        public boolean isReady() {
            return ready;
        }

        /** What the probe or a refused connection found; answers whether that changed the instance's standing. */
        public boolean markReady(boolean nowReady) {
            boolean changed = ready != nowReady;
            ready = nowReady;
            return changed;
        }

        @Override
        public String toString() {
            return uri.getAuthority();
        }
    }

    private final String addresses;
    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    private Upstream(String addresses, List<Instance> instances) {
        this.addresses = addresses;
        this.instances = instances;
    }

    /** From a comma-separated list of base URLs, e.g. {@code http://10.0.0.7:8081,http://10.0.0.8:8081}. */
    public static Upstream of(String addresses) {
        List<Instance> instances = Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> new Instance(URI.create(a))).toList();
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("an upstream needs at least one address");
        }
        return new Upstream(addresses, instances);
    }

    /** The next instance in turn, a ready one if any is. */
    public Instance pick() {
        return pickOtherThan(null);
    }

    /** The next instance in turn other than the one that just failed, a ready one if any is. */
    public Instance pickOtherThan(Instance failed) {
        int count = instances.size();
        int start = Math.floorMod(turn.getAndIncrement(), count);
        Instance fallback = null;
        for (int i = 0; i < count; i++) {
            Instance candidate = instances.get((start + i) % count);
            if (candidate == failed) {
                continue;
            }
            if (candidate.isReady()) {
                return candidate;
            }
            if (fallback == null) {
                fallback = candidate;
            }
        }
        return fallback != null ? fallback : instances.get(start);
    }

    public List<Instance> instances() {
        return instances;
    }

    public boolean hasAlternatives() {
        return instances.size() > 1;
    }

    @Override
    public String toString() {
        return addresses;
    }
}
