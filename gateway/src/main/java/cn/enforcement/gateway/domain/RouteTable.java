package cn.enforcement.gateway.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds the route of a request path: the most specific matching pattern, across all routes, wins. */
@ApplicationScoped
public class RouteTable {

    private final List<Route> routes;

    @Inject
    RouteTable(GatewayConfig config) {
        this(config.routes().entrySet().stream().map(e -> Route.of(e.getKey(), e.getValue())).toList());
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
}
