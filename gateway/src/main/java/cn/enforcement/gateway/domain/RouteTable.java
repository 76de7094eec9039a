package cn.enforcement.gateway.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the route of a request path: the most specific matching pattern, across all routes, wins. */
@ApplicationScoped
public class RouteTable {

    private final List<Route> routes;

    /** Routes naming the same addresses share one {@link Upstream}, so an instance's readiness is known once. */
    @Inject
    RouteTable(GatewayConfig config) {
        this(routesOf(config.routes()));
    }

    private static List<Route> routesOf(Map<String, GatewayConfig.RouteConfig> configured) {
        Map<String, Upstream> upstreams = new HashMap<>();
        return configured.entrySet().stream().map(e -> Route.of(e.getKey(), e.getValue(),
                upstreams.computeIfAbsent(e.getValue().upstream().replace(" ", ""), Upstream::of))).toList();
    }

    RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Optional<Route> routeOf(String path) {
        Route best = null;
        int bestSpecificity = -1;
        for (Route route : routes) {
            int specificity = route.specificityFor(path);
            if (specificity > bestSpecificity) {
                best = route;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    public Collection<Route> all() {
        return routes;
    }

    /** Each service's instances once, whatever number of routes lead to it. */
    public Set<Upstream> upstreams() {
        Set<Upstream> upstreams = new LinkedHashSet<>();
        routes.forEach(route -> upstreams.add(route.upstream()));
        return upstreams;
    }
}
